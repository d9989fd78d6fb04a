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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.apache.camel.CamelContext;

import io.github.camelpalomma.api.PalommaClient;
import io.github.camelpalomma.reconcile.Backlog;
import io.github.camelpalomma.reconcile.ReconcileCounters;
import io.github.camelpalomma.reconcile.ReconcileCounters.Count;
import io.github.camelpalomma.reconcile.Reconciler;
import io.github.camelpalomma.webhook.WebhookCounters;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The Micrometer side of {@link PalommaMetrics}: meters that read the counters the component keeps anyway, so nothing
 * is added per call. Only loaded once Micrometer is known to be on the classpath.
 */
final class MicrometerMeters {

    private final MeterRegistry registry;

    private MicrometerMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The meters of a context, or null when it has no MeterRegistry. */
    static MicrometerMeters find(CamelContext context) {
        MeterRegistry registry = context.getRegistry().findSingleByType(MeterRegistry.class);
        return registry == null ? null : new MicrometerMeters(registry);
    }

    /** palomma.client.calls, .retries, .failures and the palomma.client.latency timer of one client. */
    List<Object> bind(String endpoint, String client, PalommaClient counters) {
        return List.of(
                FunctionCounter.builder("palomma.client.calls", counters, PalommaClient::calls)
                        .tags("endpoint", endpoint, "client", client)
                        .description("HTTP calls sent to Palomma, retries included")
                        .register(registry),
                FunctionCounter.builder("palomma.client.retries", counters, PalommaClient::retries)
                        .tags("endpoint", endpoint, "client", client)
                        .description("Calls tried again after a failure a retry could fix")
                        .register(registry),
                FunctionCounter.builder("palomma.client.failures", counters, PalommaClient::failures)
                        .tags("endpoint", endpoint, "client", client)
                        .description("Calls that got no answer from Palomma")
                        .register(registry),
                FunctionTimer.builder(
                                "palomma.client.latency",
                                counters,
                                PalommaClient::calls,
                                PalommaClient::latencyNanos,
                                TimeUnit.NANOSECONDS)
                        .tags("endpoint", endpoint, "client", client)
                        .description("Time spent in HTTP exchanges with Palomma")
                        .register(registry));
    }

    /** palomma.webhooks{outcome=verified|rejected|duplicates|processed|failed|...}, tagged by path. */
    void bind(String path, WebhookCounters counters) {
        counters.byName()
                .forEach((outcome, counter) -> FunctionCounter.builder("palomma.webhooks", counter, LongAdder::sum)
                        .tag("path", path)
                        .tag("outcome", outcome)
                        .description("Webhook deliveries by outcome")
                        .register(registry));
    }

    /**
     * palomma.reconcile.tracked and .oldest.age (gauges), .polls, .changes.found, .poll.failures, .expired (counters),
     * tagged by resource.
     */
    List<Object> bind(Reconciler reconciler) {
        String resource = reconciler.resource().name();
        ReconcileCounters c = reconciler.counters();
        List<Object> meters = new ArrayList<>();
        meters.add(Gauge.builder("palomma.reconcile.tracked", reconciler, r -> r.backlog()
                        .tracked())
                .tag("resource", resource)
                .description("Resources not yet in a final status, polled until they are")
                .register(registry));
        meters.add(Gauge.builder("palomma.reconcile.oldest.age", reconciler, r -> oldestAgeSeconds(r.backlog()))
                .tag("resource", resource)
                .baseUnit("seconds")
                .description("Age of the oldest unresolved resource")
                .register(registry));
        Map<String, Count> counted = Map.of(
                "palomma.reconcile.polls", Count.polls,
                "palomma.reconcile.changes.found", Count.changesFound,
                "palomma.reconcile.poll.failures", Count.pollFailures,
                "palomma.reconcile.expired", Count.expired);
        counted.forEach((name, count) -> meters.add(FunctionCounter.builder(name, c, counters -> counters.sum(count))
                .tag("resource", resource)
                .register(registry)));
        return meters;
    }

    private static double oldestAgeSeconds(Backlog backlog) {
        return backlog.oldestFirstSeen() == 0 ? 0 : (System.currentTimeMillis() - backlog.oldestFirstSeen()) / 1000.0;
    }

    /** Removes meters {@link #bind(String, String, PalommaClient)} made. */
    void remove(List<Object> meters) {
        meters.forEach(meter -> registry.remove((Meter) meter));
    }
}
