/*
 * Copyright the camel-palomma authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelpalomma;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.Suspendable;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.ShutdownAware;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelpalomma.model.PalommaResource;
import io.github.camelpalomma.reconcile.Reconciler;
import io.github.camelpalomma.webhook.LogSafe;
import io.github.camelpalomma.webhook.OrderGuard;
import io.github.camelpalomma.webhook.PalommaWebhookEvent;
import io.github.camelpalomma.webhook.PalommaWebhookVerifier;
import io.github.camelpalomma.webhook.WebhookCounters;
import io.github.camelpalomma.webhook.WebhookCounters.Outcome;

/**
 * Receives Palomma's webhooks for one route: {@code from("palomma:webhooks")} gets every event, {@code from("palomma:payinLinks")}
 * only that resource's. The HTTP side is the shared {@link WebhookDispatcher}; this class decides what reaches the route:
 * only verified events of the wanted types, each webhookId once, and a webhookId counts as done only after the route
 * succeeded. A redelivery while the first run is still going is answered 503, never 200 (see {@link WebhookClaims}).
 * <p>
 * Draining is Camel's: suspended (as the shutdown strategy does first) it answers 503 to new deliveries, and the deliveries
 * already claimed count as pending exchanges until their route run ends, within the context's shutdown timeout.
 */
public class PalommaWebhookConsumer extends DefaultConsumer implements Suspendable, ShutdownAware {

    private static final Logger LOG = LoggerFactory.getLogger(PalommaWebhookConsumer.class);

    private final PalommaConfiguration configuration;
    private final WebhookDispatcher dispatcher;
    private final Set<String> eventTypes;
    private final OrderGuard orderGuard;
    private final AtomicInteger inflight = new AtomicInteger();
    private final PalommaWebhookVerifier verifier;
    /** With the embedded simulator: the keys it may sign with, for it to pick one; null otherwise. */
    private final String simulatorKeys;

    private IdempotentRepository repository;
    private WebhookClaims claims;
    private Reconciler reconciler;
    private volatile boolean accepting;

    /** @param integrityKey what signatures are checked with; null with insecureSkipVerification */
    public PalommaWebhookConsumer(
            PalommaEndpoint endpoint, Processor processor, WebhookDispatcher dispatcher, String integrityKey) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
        this.verifier = integrityKey == null ? null : PalommaWebhookVerifier.of(integrityKey);
        this.simulatorKeys = PalommaComponent.usesSimulator(configuration) ? integrityKey : null;
        this.dispatcher = dispatcher;
        this.eventTypes = eventTypes(configuration);
        this.orderGuard = configuration.getOutOfOrder() == OutOfOrder.off ? null : new OrderGuard(100_000);
    }

    static Set<String> eventTypes(PalommaConfiguration configuration) {
        Set<String> asked = configuration.getEventTypes() == null
                ? null
                : Arrays.stream(configuration.getEventTypes().split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
        PalommaResource resource = configuration.getResource();
        if (resource == PalommaResource.webhooks) {
            return asked;
        }
        if (asked != null && !asked.contains(resource.eventType())) {
            throw new IllegalArgumentException("palomma:" + resource + " receives only " + resource.eventType()
                    + " events, but eventTypes=" + configuration.getEventTypes()
                    + " excludes it; use palomma:webhooks to choose any event types");
        }
        return Set.of(resource.eventType());
    }

    @Override
    public PalommaEndpoint getEndpoint() {
        return (PalommaEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (verifier == null) {
            LOG.warn(
                    "palomma:{} accepts webhooks WITHOUT checking their signature (insecureSkipVerification=true): anyone "
                            + "who can reach {} can forge payment events. Never use this in production.",
                    configuration.getResource(),
                    configuration.getWebhookPath());
        }
        repository = configuration.getIdempotentRepository() != null
                ? configuration.getIdempotentRepository()
                : MemoryIdempotentRepository.memoryIdempotentRepository(100_000);
        ServiceHelper.startService(repository);
        claims = new WebhookClaims(repository, configuration.getClaimTimeout(), System::currentTimeMillis);
        accepting = true;
        if (configuration.isReconcile()) {
            PalommaConfiguration polling = configuration.copy();
            polling.setMaxRetries(0);
            PalommaEndpoint endpoint = (PalommaEndpoint) getEndpoint();
            reconciler = endpoint.getComponent()
                    .reconciliation()
                    .create(
                            getEndpoint().getCamelContext(),
                            configuration.getResource(),
                            configuration.reconcileOptions(),
                            endpoint.getComponent().client(polling),
                            this::runRoute);
            ServiceHelper.startService(reconciler);
            endpoint.getComponent().metrics().bind(reconciler);
        }
        if (dispatcher != null) {
            dispatcher.register(this);
            if (PalommaComponent.usesSimulator(configuration)) {
                getEndpoint().getComponent().simulatorDeliversTo(configuration, simulatorKeys, dispatcher.localUrl());
            }
        }
    }

    @Override
    protected void doSuspend() throws Exception {
        accepting = false;
        super.doSuspend();
    }

    @Override
    protected void doResume() throws Exception {
        super.doResume();
        accepting = true;
    }

    @Override
    protected void doStop() throws Exception {
        accepting = false;
        if (dispatcher != null) {
            dispatcher.unregister(this);
        }
        if (reconciler != null) {
            ServiceHelper.stopService(reconciler);
            ((PalommaEndpoint) getEndpoint()).getComponent().metrics().unbind(reconciler);
            ((PalommaEndpoint) getEndpoint()).getComponent().reconciliation().remove(reconciler);
            reconciler = null;
        }
        if (configuration.getIdempotentRepository() == null) {
            ServiceHelper.stopService(repository);
        }
        super.doStop();
    }

    @Override
    public boolean deferShutdown(ShutdownRunningTask shutdownRunningTask) {
        return false;
    }

    @Override
    public int getPendingExchangesSize() {
        return inflight.get();
    }

    @Override
    public void prepareShutdown(boolean suspendOnly, boolean forced) {
        // new deliveries get 503 from now on; the shutdown strategy waits for the pending ones
        accepting = false;
    }

    boolean isAccepting() {
        return accepting && isRunAllowed();
    }

    int maxBodySize() {
        return configuration.getMaxBodySize();
    }

    long idleTimeout() {
        return configuration.getIdleTimeout();
    }

    long replayWindow() {
        return configuration.getReplayWindow();
    }

    void checkSignature(String encoded, String signature) {
        if (verifier != null) {
            verifier.checkSignature(encoded, signature);
        }
    }

    boolean onEventLoop() {
        return configuration.isWebhookEventLoop();
    }

    boolean wants(String eventType) {
        return eventTypes == null || eventTypes.contains(eventType);
    }

    /** Runs the route for one verified event; {@code answer} receives the HTTP status this consumer needs answered. */
    void deliver(PalommaWebhookEvent event, WebhookCounters counters, IntConsumer answer) {
        inflight.incrementAndGet();
        IntConsumer finish = status -> {
            inflight.decrementAndGet();
            answer.accept(status);
        };
        if (!accepting) {
            counters.increment(Outcome.unavailable);
            finish.accept(503);
            return;
        }
        WebhookClaims.Claim claim;
        try {
            claim = claims.claim(event.webhookId());
        } catch (RuntimeException e) {
            getExceptionHandler()
                    .handleException(
                            "Could not record Palomma webhook " + event.webhookId()
                                    + " in the idempotent repository; answering 500",
                            e);
            counters.increment(Outcome.failed);
            finish.accept(500);
            return;
        }
        switch (claim.outcome()) {
            case DONE -> {
                counters.increment(Outcome.duplicates);
                finish.accept(200);
                return;
            }
            case IN_FLIGHT -> {
                counters.increment(Outcome.inFlight);
                finish.accept(503);
                return;
            }
            default -> {}
        }
        boolean late = orderGuard != null && orderGuard.isOutOfOrder(event);
        if (late) {
            counters.increment(Outcome.outOfOrder);
            if (configuration.getOutOfOrder() == OutOfOrder.drop) {
                claim.confirm();
                LOG.debug(
                        "Dropped out-of-order {} for {}",
                        LogSafe.text(event.eventType()),
                        LogSafe.text(event.resourceId()));
                finish.accept(200);
                return;
            }
        }
        if (reconciler != null) {
            reconciler.onWebhook(
                    event,
                    late,
                    outcome -> finish.accept(
                            switch (outcome) {
                                case DELIVERED -> processed(claim, counters);
                                case SKIPPED -> {
                                    claim.confirm();
                                    counters.increment(Outcome.duplicates);
                                    yield 200;
                                }
                                case FAILED -> failed(claim, counters);
                            }));
            return;
        }
        runRoute(
                event,
                "webhook",
                late,
                failure -> finish.accept(failure == null ? processed(claim, counters) : failed(claim, counters)));
    }

    /** Runs the route with one status change, from a webhook or (with reconcile=true) a poll. */
    private void runRoute(PalommaWebhookEvent event, String source, boolean late, Consumer<Exception> done) {
        Exchange exchange = createExchange(false);
        Message in = exchange.getMessage();
        in.setBody(event);
        in.setHeader(PalommaConstants.WEBHOOK_ID, event.webhookId());
        in.setHeader(PalommaConstants.EVENT_TYPE, event.eventType());
        in.setHeader(PalommaConstants.WEBHOOK_TIMESTAMP, event.timestamp());
        in.setHeader(PalommaConstants.EVENT_SOURCE, source);
        if (late) {
            in.setHeader(PalommaConstants.OUT_OF_ORDER, true);
        }
        getAsyncProcessor().process(exchange, doneSync -> {
            Exception failure = exchange.getException();
            if (failure != null) {
                getExceptionHandler()
                        .handleException(
                                "Route failed for Palomma " + LogSafe.text(event.eventType()) + " "
                                        + LogSafe.text(event.webhookId())
                                        + ("webhook".equals(source)
                                                ? "; answering 500 so that Palomma delivers it again"
                                                : "; it will be delivered again"),
                                exchange,
                                failure);
            } else if (orderGuard != null) {
                orderGuard.processed(event);
            }
            releaseExchange(exchange, false);
            done.accept(failure);
        });
    }

    private static int processed(WebhookClaims.Claim claim, WebhookCounters counters) {
        claim.confirm();
        counters.increment(Outcome.processed);
        return 200;
    }

    private static int failed(WebhookClaims.Claim claim, WebhookCounters counters) {
        claim.release();
        counters.increment(Outcome.failed);
        return 500;
    }
}
