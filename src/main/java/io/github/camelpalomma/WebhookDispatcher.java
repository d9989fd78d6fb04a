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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelpalomma.webhook.LogSafe;
import io.github.camelpalomma.webhook.PalommaWebhookEvent;
import io.github.camelpalomma.webhook.PalommaWebhookVerifier;
import io.github.camelpalomma.webhook.RefusalLog;
import io.github.camelpalomma.webhook.WebhookCounters;
import io.github.camelpalomma.webhook.WebhookCounters.Outcome;
import io.github.camelpalomma.webhook.WebhookRejectedException;

/**
 * The one HTTP path of a CamelContext that Palomma delivers to, shared by every palomma consumer on it: checks the
 * method, size and signature, decodes once, and hands the event to each consumer that wants its type. Answers 200 only
 * when every such consumer succeeded (or had processed the webhookId before), so a failed route is delivered again.
 * <p>
 * By default deliveries come through a platform-http consumer (the runtime's HTTP engine, which runs each on a worker
 * thread). On Camel's Vert.x server {@link VertxWebhooks} receives them instead, so that no body is buffered: on a
 * worker thread as well, or with {@code webhookEventLoop=true} straight on Vert.x's event loop.
 */
final class WebhookDispatcher extends AsyncProcessorSupport implements AsyncProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    /** How long a 503 asks Palomma to wait before delivering again, in seconds. */
    static final String RETRY_AFTER = "5";
    /** How far in the future an envelope's timestamp may be: clocks differ. */
    private static final long FUTURE_SKEW_MILLIS = 5 * 60_000L;

    private static final String VERTX_ROUTER = "org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter";

    /** What the dispatcher needs of an HTTP request, whichever server received it. */
    interface Delivery {
        String method();

        String header(String name);

        /** The body's length in bytes. */
        long length();
    }

    private final CamelContext context;
    private final String path;
    private final Endpoint http;
    private final List<PalommaWebhookConsumer> consumers = new CopyOnWriteArrayList<>();
    private final WebhookCounters counters = new WebhookCounters();
    private final RefusalLog refusals;
    private Boolean eventLoop;
    private Consumer httpConsumer;
    private AutoCloseable vertxRoute;
    private volatile long maxBodySize;
    private volatile long idleTimeout;

    /** Resolves the platform-http endpoint now, at route creation: later, under JBang, it can meet a startup cycle. */
    WebhookDispatcher(CamelContext context, String path) {
        this.context = context;
        this.path = path;
        this.http = context.getEndpoint("platform-http:" + path);
        this.refusals = new RefusalLog(LOG, path, 60_000, System::currentTimeMillis);
    }

    synchronized void register(PalommaWebhookConsumer consumer) throws Exception {
        boolean wantsEventLoop = consumer.onEventLoop();
        if (eventLoop != null && eventLoop != wantsEventLoop && !consumers.isEmpty()) {
            throw new IllegalArgumentException("The palomma consumers sharing webhookPath " + path + " must agree on "
                    + "webhookEventLoop; set it to " + eventLoop + " or use another webhookPath");
        }
        consumers.add(consumer);
        eventLoop = wantsEventLoop;
        limits();
        if (httpConsumer == null && vertxRoute == null) {
            if (wantsEventLoop || onVertx()) {
                vertxRoute = VertxWebhooks.route(context, path, this, wantsEventLoop);
            } else {
                httpConsumer = http.createConsumer(this);
                ServiceHelper.startService(httpConsumer);
            }
            LOG.info("Receiving Palomma webhooks on {}{}", path, wantsEventLoop ? " (on the event loop)" : "");
        }
    }

    synchronized void unregister(PalommaWebhookConsumer consumer) throws Exception {
        consumers.remove(consumer);
        if (consumers.isEmpty()) {
            if (httpConsumer != null) {
                ServiceHelper.stopAndShutdownService(httpConsumer);
                httpConsumer = null;
            }
            if (vertxRoute != null) {
                vertxRoute.close();
                vertxRoute = null;
            }
        } else {
            limits();
        }
    }

    /** Whether Camel's own Vert.x server is there; asked without loading Vert.x classes, which may be missing. */
    private boolean onVertx() {
        return context.getClassResolver().resolveClass(VERTX_ROUTER) != null && VertxWebhooks.hasRouter(context);
    }

    /** One path, one limit: the smallest of the consumers sharing it. */
    private void limits() {
        long max = Long.MAX_VALUE;
        long idle = Long.MAX_VALUE;
        for (PalommaWebhookConsumer consumer : consumers) {
            max = Math.min(max, consumer.maxBodySize());
            long consumerIdle = consumer.idleTimeout();
            idle = consumerIdle > 0 ? Math.min(idle, consumerIdle) : idle;
        }
        maxBodySize = max;
        idleTimeout = idle == Long.MAX_VALUE ? 0 : idle;
    }

    /** This path on this process's own HTTP server, for the embedded simulator; null when the server is not known. */
    String localUrl() {
        return onVertx() ? VertxWebhooks.localUrl(context, path) : null;
    }

    long maxBodySize() {
        return maxBodySize;
    }

    long idleTimeout() {
        return idleTimeout;
    }

    String tooLarge(long max) {
        return "larger than maxBodySize (" + max + " bytes)";
    }

    /** A delivery refused before it reached {@link #handle}: counted and logged like the others. */
    void refused(int status, String reason) {
        count(status);
        refusals.refused(status, reason);
    }

    WebhookCounters counters() {
        return counters;
    }

    /** A delivery through platform-http. */
    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Message message = exchange.getMessage();
        AtomicInteger sync = new AtomicInteger(-1);
        Thread caller = Thread.currentThread();
        handle(new CamelDelivery(message), status -> {
            // platform-http would echo every request header back; the answer carries none of them
            message.getHeaders().clear();
            message.setBody(null);
            message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
            if (status == 405) {
                message.setHeader("Allow", "POST");
            } else if (status == 503) {
                message.setHeader("Retry-After", RETRY_AFTER);
            }
            if (Thread.currentThread() == caller && sync.compareAndSet(-1, status)) {
                return;
            }
            callback.done(false);
        });
        if (sync.compareAndSet(-1, 0)) {
            return false;
        }
        callback.done(true);
        return true;
    }

    /** Checks a delivery and runs the consumers that want it; {@code answer} receives the HTTP status, once. */
    void handle(Delivery delivery, IntConsumer answer) {
        PalommaWebhookEvent event;
        List<PalommaWebhookConsumer> targets;
        try {
            targets = verify(delivery);
            event = PalommaWebhookVerifier.decode(delivery.header(PalommaWebhookVerifier.ENCODED_DATA_HEADER));
            checkReplayWindow(event, targets);
        } catch (WebhookRejectedException e) {
            count(e.getHttpStatus());
            refusals.refused(e.getHttpStatus(), e.getMessage());
            answer.accept(e.getHttpStatus());
            return;
        }
        targets.removeIf(c -> !c.wants(event.eventType()));
        if (targets.isEmpty()) {
            counters.increment(Outcome.unrouted);
            LOG.debug(
                    "No palomma consumer wants {} (webhookId {}); answered 200",
                    LogSafe.text(event.eventType()),
                    event.webhookId());
            answer.accept(200);
            return;
        }
        if (targets.size() == 1) {
            targets.get(0).deliver(event, counters, answer);
            return;
        }
        AtomicInteger pending = new AtomicInteger(targets.size());
        AtomicInteger worst = new AtomicInteger(200);
        for (PalommaWebhookConsumer consumer : targets) {
            consumer.deliver(event, counters, status -> {
                worst.accumulateAndGet(status, Math::max);
                if (pending.decrementAndGet() == 0) {
                    answer.accept(worst.get());
                }
            });
        }
    }

    /** A signed delivery is replayable forever unless its timestamp is bounded: the smallest replayWindow of the targets. */
    private void checkReplayWindow(PalommaWebhookEvent event, List<PalommaWebhookConsumer> targets) {
        long window = Long.MAX_VALUE;
        for (PalommaWebhookConsumer consumer : targets) {
            window = Math.min(window, consumer.replayWindow());
        }
        long age = System.currentTimeMillis() - event.timestampMillis();
        if (age > window || age < -FUTURE_SKEW_MILLIS) {
            counters.increment(Outcome.outsideReplayWindow);
            throw new WebhookRejectedException(
                    400,
                    "the envelope's timestamp is outside the replayWindow (a replay, or a "
                            + "retry later than the window allows)");
        }
    }

    /** The consumers whose integrity key signed this delivery; throws the refusal otherwise. */
    private List<PalommaWebhookConsumer> verify(Delivery delivery) {
        if (!"POST".equalsIgnoreCase(delivery.method())) {
            throw new WebhookRejectedException(405, "only POST is accepted");
        }
        List<PalommaWebhookConsumer> open = new ArrayList<>(2);
        int max = Integer.MAX_VALUE;
        for (PalommaWebhookConsumer consumer : consumers) {
            if (consumer.isAccepting()) {
                open.add(consumer);
                // one path, one limit: the smallest maxBodySize of the consumers sharing it
                max = Math.min(max, consumer.maxBodySize());
            }
        }
        if (open.isEmpty()) {
            throw new WebhookRejectedException(503, "shutting down");
        }
        String encoded = delivery.header(PalommaWebhookVerifier.ENCODED_DATA_HEADER);
        String signature = delivery.header(PalommaWebhookVerifier.SIGNATURE_HEADER);
        // the signed header carries the same JSON, base64-encoded: 4 bytes for every 3
        if (delivery.length() > max || (encoded != null && encoded.length() > (max / 3 + 1) * 4L)) {
            throw new WebhookRejectedException(413, tooLarge(max));
        }
        List<PalommaWebhookConsumer> verified = new ArrayList<>(open.size());
        WebhookRejectedException refusal = null;
        for (PalommaWebhookConsumer consumer : open) {
            try {
                consumer.checkSignature(encoded, signature);
                verified.add(consumer);
            } catch (WebhookRejectedException e) {
                refusal = e;
            }
        }
        if (verified.isEmpty()) {
            throw refusal;
        }
        counters.increment(Outcome.verified);
        return verified;
    }

    private void count(int status) {
        switch (status) {
            case 401 -> counters.increment(Outcome.rejected);
            case 400 -> counters.increment(Outcome.malformed);
            case 405 -> counters.increment(Outcome.wrongMethod);
            case 413 -> counters.increment(Outcome.tooLarge);
            case 408, 0 -> counters.increment(Outcome.incomplete);
            case 503 -> counters.increment(Outcome.unavailable);
            default -> {}
        }
    }

    @Override
    public String toString() {
        return "WebhookDispatcher[" + path + ", " + consumers.size() + " consumer(s)]";
    }

    /** A delivery as platform-http maps it into a Camel message. */
    private record CamelDelivery(Message message) implements Delivery {
        @Override
        public String method() {
            return message.getHeader(Exchange.HTTP_METHOD, String.class);
        }

        @Override
        public String header(String name) {
            return message.getHeader(name, String.class);
        }

        @Override
        public long length() {
            Long length = message.getHeader(Exchange.CONTENT_LENGTH, Long.class);
            if (length != null) {
                return length;
            }
            byte[] body = message.getBody(byte[].class);
            return body == null ? 0 : body.length;
        }
    }
}
