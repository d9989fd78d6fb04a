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
package io.github.camelpalomma.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.github.camelpalomma.model.PalommaResourceObject;

/**
 * Posts Palomma's signed webhook envelope to every configured URL, asynchronously. A failed attempt (non-2xx, timeout,
 * connection error) is retried with exponential backoff, re-sending the very same bytes: same webhookId, same timestamp.
 * Deliveries of one resource are not ordered (neither are Palomma's); consumers compare updatedAt.
 */
final class WebhookSender {

    private final SimulatorConfig config;
    private final ScheduledExecutorService scheduler;
    private final Ulid ids;
    private volatile HttpClient http;
    final List<String> urls;
    private final Deque<WebhookDelivery> deliveries = new ArrayDeque<>();
    /** What was sent, by webhookId, for a resend; as many as deliveries are kept. */
    private final Map<String, Outgoing> sent;

    final WebhookFaults faults = new WebhookFaults();

    WebhookSender(SimulatorConfig config, ScheduledExecutorService scheduler, Ulid ids) {
        this.config = config;
        this.scheduler = scheduler;
        this.ids = ids;
        this.urls = new CopyOnWriteArrayList<>(config.webhookUrls);
        this.sent = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Outgoing> eldest) {
                return size() > config.get(SimulatorConfig.DELIVERY_CAPACITY);
            }
        };
    }

    void publish(String eventType, PalommaResourceObject event, Instant now) {
        if (urls.isEmpty()) {
            return;
        }
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("webhookId", ids.next());
        envelope.put("timestamp", now.truncatedTo(ChronoUnit.SECONDS).toString());
        envelope.put("eventType", eventType);
        envelope.put("event", event);
        byte[] body = Json.write(envelope);
        String encoded = Base64.getEncoder().encodeToString(body);
        String signature = WebhookSigner.sign(
                config.get(SimulatorConfig.INTEGRITY_KEY), encoded, config.get(SimulatorConfig.SIGNATURE_BASE64));
        Outgoing outgoing =
                new Outgoing((String) envelope.get("webhookId"), eventType, event.id(), body, encoded, signature);
        if (faults.dropNext()) {
            urls.forEach(url -> record(outgoing, url, 1, null, "dropped", 0));
            return;
        }
        synchronized (sent) {
            sent.put(outgoing.webhookId, outgoing);
        }
        int copies = faults.duplicate() ? 2 : 1;
        for (String url : urls) {
            for (int copy = 0; copy < copies; copy++) {
                long delay =
                        faults.reorder() ? ThreadLocalRandom.current().nextLong(WebhookFaults.MAX_DELAY_MILLIS) : 0;
                try {
                    scheduler.schedule(() -> attempt(outgoing, url, 1, true), delay, TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException closing) {
                    return; // the simulator is being closed: nothing more is delivered
                }
            }
        }
    }

    /**
     * Delivers a webhook sent before once more, with the same bytes, to every URL it went to, as one attempt numbered
     * after the last; answers whether it was known.
     */
    boolean resend(String webhookId) {
        Outgoing outgoing;
        synchronized (sent) {
            outgoing = sent.get(webhookId);
        }
        if (outgoing == null) {
            return false;
        }
        List<WebhookDelivery> earlier = deliveries().stream()
                .filter(d -> d.webhookId().equals(webhookId))
                .toList();
        List<String> targets =
                earlier.stream().map(WebhookDelivery::url).distinct().toList();
        for (String url : targets.isEmpty() ? urls : targets) {
            int last = earlier.stream()
                    .filter(d -> d.url().equals(url))
                    .mapToInt(WebhookDelivery::attempt)
                    .max()
                    .orElse(0);
            scheduler.execute(() -> attempt(outgoing, url, last + 1, false));
        }
        return true;
    }

    private record Outgoing(
            String webhookId, String eventType, String resourceId, byte[] body, String encoded, String signature) {}

    private void attempt(Outgoing outgoing, String url, int attempt, boolean retry) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(config.get(SimulatorConfig.WEBHOOK_RETRY).timeout())
                    .header("Content-Type", "application/json")
                    .header("X-Encoded-Data", outgoing.encoded)
                    .header("X-Signature", outgoing.signature)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(outgoing.body))
                    .build();
        } catch (IllegalArgumentException e) {
            record(outgoing, url, attempt, null, "bad webhook URL: " + e.getMessage(), 0);
            return;
        }
        long sentAt = System.nanoTime();
        client().sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            Integer status = response == null ? null : response.statusCode();
            String error = failure == null ? null : describe(failure);
            WebhookDelivery delivery = record(
                    outgoing, url, attempt, status, error, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sentAt));
            SimulatorConfig.WebhookRetry policy = config.get(SimulatorConfig.WEBHOOK_RETRY);
            if (retry && !delivery.succeeded() && attempt < policy.maxAttempts() && !scheduler.isShutdown()) {
                long delay = policy.backoffMillisAfter(attempt);
                try {
                    scheduler.schedule(() -> attempt(outgoing, url, attempt + 1, true), delay, TimeUnit.MILLISECONDS);
                } catch (RuntimeException rejected) {
                    // shutting down
                }
            }
        });
    }

    /** Created on the first delivery: starting an HttpClient costs more than the rest of the simulator's start. */
    private HttpClient client() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder()
                            .connectTimeout(
                                    config.get(SimulatorConfig.WEBHOOK_RETRY).timeout())
                            .executor(scheduler)
                            .version(HttpClient.Version.HTTP_1_1)
                            .build();
                }
                client = http;
            }
        }
        return client;
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private WebhookDelivery record(
            Outgoing outgoing, String url, int attempt, Integer status, String error, long latencyMillis) {
        WebhookDelivery delivery = new WebhookDelivery(
                outgoing.webhookId,
                outgoing.eventType,
                outgoing.resourceId,
                url,
                attempt,
                status,
                error,
                Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                latencyMillis);
        synchronized (deliveries) {
            deliveries.addLast(delivery);
            while (deliveries.size() > config.get(SimulatorConfig.DELIVERY_CAPACITY)) {
                deliveries.removeFirst();
            }
        }
        return delivery;
    }

    List<WebhookDelivery> deliveries() {
        synchronized (deliveries) {
            return new ArrayList<>(deliveries);
        }
    }

    void clearDeliveries() {
        synchronized (deliveries) {
            deliveries.clear();
        }
        synchronized (sent) {
            sent.clear();
        }
    }
}
