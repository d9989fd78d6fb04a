package io.github.camelpalomma;

import java.util.Collection;

import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.support.Deliveries;
import io.github.camelpalomma.support.RecordingPalomma;

import static org.assertj.core.api.Assertions.assertThat;

/** A readiness check tells whether Palomma is reachable; counters are Micrometer meters when Micrometer is there. */
class ObservabilityTest {

    @Test
    void readinessFollowsWhetherPalommaAnswers() throws Exception {
        RecordingPalomma palomma = new RecordingPalomma();
        try (CamelContext context = new DefaultCamelContext()) {
            context.getCamelContextExtension().addContextPlugin(org.apache.camel.health.HealthCheckRegistry.class,
                    new DefaultHealthCheckRegistry());
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:x").to("palomma:customers?operation=get&apiKey=k&baseUrl=" + palomma.baseUrl());
                }
            });
            context.start();

            assertThat(palommaReadiness(context).getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(palomma.last().path()).isEqualTo("/v0/merchantAccounts");
            assertThat(palomma.last().query()).isEqualTo("limit=1");

            palomma.enqueue(RecordingPalomma.Answer.of(401, "{\"message\":\"Unauthorized\"}"));
            HealthCheck.Result refused = palommaReadiness(context);
            assertThat(refused.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(refused.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("Palomma refuses the API key"));

            palomma.close();
            HealthCheck.Result unreachable = palommaReadiness(context);
            assertThat(unreachable.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(unreachable.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("Palomma cannot be reached"));
        } finally {
            palomma.close();
        }
    }

    private static HealthCheck.Result palommaReadiness(CamelContext context) {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context);
        return results.stream().filter(r -> r.getCheck().getGroup().equals("palomma")).findFirst().orElseThrow();
    }

    @Test
    void producerAndWebhookCountersAreMicrometerMeters() throws Exception {
        MeterRegistry meters = new SimpleMeterRegistry();
        try (RecordingPalomma palomma = new RecordingPalomma(); CamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("meters", meters);
            int port = Deliveries.addServer(context);
            context.getComponent("palomma", PalommaComponent.class).getConfiguration().setIntegrityKey("mk");
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:x").to("palomma:payinLinks?operation=get&id=L1&apiKey=k&retryDelay=1&baseUrl="
                                        + palomma.baseUrl());
                    from("palomma:webhooks").to("mock:w");
                }
            });
            context.start();
            palomma.enqueue(RecordingPalomma.Answer.of(503, "{\"message\":\"busy\"}"));
            context.createProducerTemplate().requestBody("direct:x", (Object) null);
            context.createProducerTemplate().requestBody("direct:x", (Object) null);
            Deliveries deliveries = new Deliveries("http://127.0.0.1:" + port + "/palomma/webhooks");
            String json = Deliveries.envelope("M1", "payin-link.update", RecordingPalomma.fixture("payinLinks"));
            deliveries.signed(json, "mk");
            deliveries.signed(json, "mk");
            deliveries.signed(json, "forged");

            String endpoint = "payinLinks/get";
            assertThat(meters.get("palomma.client.calls").tag("endpoint", endpoint).functionCounter().count()).isEqualTo(3);
            assertThat(meters.get("palomma.client.retries").tag("endpoint", endpoint).functionCounter().count()).isEqualTo(1);
            FunctionTimer latency = meters.get("palomma.client.latency").tag("endpoint", endpoint).functionTimer();
            assertThat(latency.count()).isEqualTo(3);
            assertThat(latency.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
            assertThat(webhooks(meters, "processed")).isEqualTo(1);
            assertThat(webhooks(meters, "duplicates")).isEqualTo(1);
            assertThat(webhooks(meters, "rejected")).isEqualTo(1);
            assertThat(webhooks(meters, "verified")).isEqualTo(2);
        }
    }

    private static double webhooks(MeterRegistry meters, String outcome) {
        return meters.get("palomma.webhooks").tag("path", "/palomma/webhooks").tag("outcome", outcome).functionCounter().count();
    }
}
