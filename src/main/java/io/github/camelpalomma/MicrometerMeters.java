package io.github.camelpalomma;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;

import io.github.camelpalomma.api.PalommaClient;
import io.github.camelpalomma.webhook.WebhookCounters;

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
                        .description("HTTP calls sent to Palomma, retries included").register(registry),
                FunctionCounter.builder("palomma.client.retries", counters, PalommaClient::retries)
                        .tags("endpoint", endpoint, "client", client)
                        .description("Calls tried again after a failure a retry could fix").register(registry),
                FunctionCounter.builder("palomma.client.failures", counters, PalommaClient::failures)
                        .tags("endpoint", endpoint, "client", client)
                        .description("Calls that got no answer from Palomma").register(registry),
                FunctionTimer.builder("palomma.client.latency", counters, PalommaClient::calls, PalommaClient::latencyNanos,
                        TimeUnit.NANOSECONDS).tags("endpoint", endpoint, "client", client)
                        .description("Time spent in HTTP exchanges with Palomma").register(registry));
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

    /** Removes meters {@link #bind(String, String, PalommaClient)} made. */
    void remove(List<Object> meters) {
        meters.forEach(meter -> registry.remove((Meter) meter));
    }
}
