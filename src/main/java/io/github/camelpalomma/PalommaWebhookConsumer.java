package io.github.camelpalomma;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelpalomma.reconcile.Reconciler;
import io.github.camelpalomma.webhook.OrderGuard;
import io.github.camelpalomma.webhook.PalommaWebhookEvent;
import io.github.camelpalomma.webhook.PalommaWebhookVerifier;
import io.github.camelpalomma.webhook.WebhookCounters;

/**
 * Receives Palomma's webhooks for one route: {@code from("palomma:webhooks")} gets every event, {@code from("palomma:payinLinks")}
 * only that resource's. The HTTP side is the shared {@link WebhookDispatcher}; this class decides what reaches the route:
 * only verified events of the wanted types, each webhookId once, and a webhookId counts as done only after the route
 * succeeded.
 */
public class PalommaWebhookConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(PalommaWebhookConsumer.class);
    private static final long SHUTDOWN_WAIT_MILLIS = 30_000;

    private final PalommaConfiguration configuration;
    private final WebhookDispatcher dispatcher;
    private final PalommaWebhookVerifier verifier;
    private final Set<String> eventTypes;
    private final OrderGuard orderGuard;
    private final AtomicInteger inflight = new AtomicInteger();
    private IdempotentRepository repository;
    private Reconciler reconciler;
    private volatile boolean accepting;

    public PalommaWebhookConsumer(PalommaEndpoint endpoint, Processor processor, WebhookDispatcher dispatcher) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
        this.dispatcher = dispatcher;
        this.verifier = configuration.isInsecureSkipVerification() || dispatcher == null ? null
                : PalommaWebhookVerifier.of(configuration.getIntegrityKey());
        this.eventTypes = eventTypes(configuration);
        this.orderGuard = "off".equals(configuration.getOutOfOrder()) ? null : new OrderGuard(100_000);
    }

    static Set<String> eventTypes(PalommaConfiguration configuration) {
        Set<String> asked = configuration.getEventTypes() == null ? null
                : Arrays.stream(configuration.getEventTypes().split(",")).map(String::trim).filter(s -> !s.isEmpty())
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
    protected void doStart() throws Exception {
        super.doStart();
        repository = configuration.getIdempotentRepository() != null ? configuration.getIdempotentRepository()
                : MemoryIdempotentRepository.memoryIdempotentRepository(100_000);
        ServiceHelper.startService(repository);
        if (verifier == null) {
            LOG.warn("palomma:{} accepts webhooks WITHOUT checking their signature (insecureSkipVerification=true): anyone "
                     + "who can reach {} can forge payment events. Never use this in production.",
                    configuration.getResource(), configuration.getWebhookPath());
        }
        accepting = true;
        if (configuration.isReconcile()) {
            PalommaConfiguration polling = configuration.copy();
            polling.setMaxRetries(0);
            PalommaEndpoint endpoint = (PalommaEndpoint) getEndpoint();
            reconciler = endpoint.getComponent().reconciliation().create(getEndpoint().getCamelContext(),
                    configuration.getResource(), configuration.reconcileOptions(), endpoint.getComponent().client(polling),
                    this::runRoute);
            ServiceHelper.startService(reconciler);
            PalommaMetrics metrics = PalommaMetrics.of(getEndpoint().getCamelContext());
            if (metrics != null) {
                metrics.bind(reconciler);
            }
        }
        if (dispatcher != null) {
            dispatcher.register(this);
        }
    }

    @Override
    protected void doStop() throws Exception {
        // new deliveries get 503 from now on; those in flight finish before the HTTP side goes away
        accepting = false;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SHUTDOWN_WAIT_MILLIS);
        while (inflight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        if (dispatcher != null) {
            dispatcher.unregister(this);
        }
        if (reconciler != null) {
            ServiceHelper.stopService(reconciler);
            ((PalommaEndpoint) getEndpoint()).getComponent().reconciliation().remove(reconciler);
            reconciler = null;
        }
        if (configuration.getIdempotentRepository() == null) {
            ServiceHelper.stopService(repository);
        }
        super.doStop();
    }

    boolean isAccepting() {
        return accepting && isRunAllowed();
    }

    int maxBodySize() {
        return configuration.getMaxBodySize();
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
            counters.unavailable.increment();
            finish.accept(503);
            return;
        }
        boolean claimed;
        try {
            claimed = repository.add(event.webhookId());
        } catch (RuntimeException e) {
            getExceptionHandler().handleException("Could not record Palomma webhook " + event.webhookId()
                                                  + " in the idempotent repository; answering 500", e);
            counters.failed.increment();
            finish.accept(500);
            return;
        }
        if (!claimed) {
            counters.duplicates.increment();
            finish.accept(200);
            return;
        }
        boolean late = orderGuard != null && orderGuard.isOutOfOrder(event);
        if (late) {
            counters.outOfOrder.increment();
            if ("drop".equals(configuration.getOutOfOrder())) {
                repository.confirm(event.webhookId());
                LOG.debug("Dropped out-of-order {} for {}", event.eventType(), event.resourceId());
                finish.accept(200);
                return;
            }
        }
        if (reconciler != null) {
            reconciler.onWebhook(event, late, outcome -> finish.accept(switch (outcome) {
                case DELIVERED -> processed(event, counters);
                case SKIPPED -> {
                    repository.confirm(event.webhookId());
                    counters.duplicates.increment();
                    yield 200;
                }
                case FAILED -> failed(event, counters);
            }));
            return;
        }
        runRoute(event, "webhook", late, failure -> finish.accept(failure == null ? processed(event, counters)
                : failed(event, counters)));
    }

    /** Runs the route with one status change, from a webhook or (with reconcile=true) a poll. */
    private void runRoute(PalommaWebhookEvent event, String source, boolean late, java.util.function.Consumer<Exception> done) {
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
                getExceptionHandler().handleException("Route failed for Palomma " + event.eventType() + " "
                                                      + event.webhookId() + ("webhook".equals(source)
                                                              ? "; answering 500 so that Palomma delivers it again"
                                                              : "; it will be delivered again"),
                        exchange, failure);
            }
            if (failure == null && orderGuard != null) {
                orderGuard.processed(event);
            }
            releaseExchange(exchange, false);
            done.accept(failure);
        });
    }

    private int processed(PalommaWebhookEvent event, WebhookCounters counters) {
        repository.confirm(event.webhookId());
        counters.processed.increment();
        return 200;
    }

    private int failed(PalommaWebhookEvent event, WebhookCounters counters) {
        repository.remove(event.webhookId());
        counters.failed.increment();
        return 500;
    }
}
