package io.github.camelpalomma;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;

import io.github.camelpalomma.api.PalommaClient;
import io.github.camelpalomma.reconcile.Backlog;
import io.github.camelpalomma.reconcile.ReconcileCounters;
import io.github.camelpalomma.reconcile.Reconciler;
import io.github.camelpalomma.webhook.WebhookCounters;

/**
 * Publishes the component's counters as Micrometer meters when the application has a {@link MeterRegistry} (as
 * camel-micrometer provides). The meters read the counters the component keeps anyway: nothing is added per call.
 * Only loaded when Micrometer is on the classpath.
 */
final class PalommaMetrics {

    private final MeterRegistry registry;

    private PalommaMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The metrics of a context, or null when it has no MeterRegistry or Micrometer is absent. */
    static PalommaMetrics of(CamelContext context) {
        try {
            Class.forName("io.micrometer.core.instrument.MeterRegistry", false, PalommaMetrics.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
        return Lookup.find(context);
    }

    /** palomma.client.calls, .retries, .failures and the palomma.client.latency timer, tagged by endpoint. */
    void bind(String endpoint, PalommaClient client) {
        FunctionCounter.builder("palomma.client.calls", client, PalommaClient::calls).tag("endpoint", endpoint)
                .description("HTTP calls sent to Palomma, retries included").register(registry);
        FunctionCounter.builder("palomma.client.retries", client, PalommaClient::retries).tag("endpoint", endpoint)
                .description("Calls tried again after a failure a retry could fix").register(registry);
        FunctionCounter.builder("palomma.client.failures", client, PalommaClient::failures).tag("endpoint", endpoint)
                .description("Calls that got no answer from Palomma").register(registry);
        FunctionTimer.builder("palomma.client.latency", client, PalommaClient::calls, PalommaClient::latencyNanos,
                TimeUnit.NANOSECONDS).tag("endpoint", endpoint).description("Time spent in HTTP exchanges with Palomma")
                .register(registry);
    }

    /** palomma.webhooks{outcome=verified|rejected|duplicates|processed|failed|...}, tagged by path. */
    void bind(String path, WebhookCounters counters) {
        for (Map.Entry<String, LongAdder> e : Map.of("verified", counters.verified, "rejected", counters.rejected,
                "malformed", counters.malformed, "tooLarge", counters.tooLarge, "wrongMethod", counters.wrongMethod,
                "unavailable", counters.unavailable, "duplicates", counters.duplicates, "processed", counters.processed,
                "failed", counters.failed, "outOfOrder", counters.outOfOrder).entrySet()) {
            FunctionCounter.builder("palomma.webhooks", e.getValue(), LongAdder::sum).tag("path", path)
                    .tag("outcome", e.getKey()).description("Webhook deliveries by outcome").register(registry);
        }
        FunctionCounter.builder("palomma.webhooks", counters.unrouted, LongAdder::sum).tag("path", path)
                .tag("outcome", "unrouted").description("Webhook deliveries by outcome").register(registry);
    }

    /**
     * palomma.reconcile.tracked and .oldest.age (gauges), .polls, .changes.found, .poll.failures, .expired (counters),
     * tagged by resource.
     */
    void bind(Reconciler reconciler) {
        String resource = reconciler.resource().name();
        ReconcileCounters c = reconciler.counters();
        Gauge.builder("palomma.reconcile.tracked", reconciler, r -> r.backlog().tracked()).tag("resource", resource)
                .description("Resources not yet in a final status, polled until they are").register(registry);
        Gauge.builder("palomma.reconcile.oldest.age", reconciler, r -> oldestAgeSeconds(r.backlog())).tag("resource", resource)
                .baseUnit("seconds").description("Age of the oldest unresolved resource").register(registry);
        for (Map.Entry<String, LongAdder> e : Map.of("palomma.reconcile.polls", c.polls, "palomma.reconcile.changes.found",
                c.changesFound, "palomma.reconcile.poll.failures", c.pollFailures, "palomma.reconcile.expired", c.expired)
                .entrySet()) {
            FunctionCounter.builder(e.getKey(), e.getValue(), LongAdder::sum).tag("resource", resource).register(registry);
        }
    }

    private static double oldestAgeSeconds(Backlog backlog) {
        return backlog.oldestFirstSeen() == 0 ? 0 : (System.currentTimeMillis() - backlog.oldestFirstSeen()) / 1000.0;
    }

    /** Kept apart so that Micrometer types are touched only after the presence check. */
    private static final class Lookup {
        static PalommaMetrics find(CamelContext context) {
            MeterRegistry registry = context.getRegistry().findSingleByType(MeterRegistry.class);
            return registry == null ? null : new PalommaMetrics(registry);
        }
    }
}
