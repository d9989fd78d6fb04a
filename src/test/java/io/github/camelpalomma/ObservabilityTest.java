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

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.github.camelpalomma.support.Deliveries;
import io.github.camelpalomma.support.RecordingPalomma;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A readiness check per endpoint client tells whether Palomma is reachable with its key; counters are Micrometer meters,
 * per endpoint client, when Micrometer is there.
 */
class ObservabilityTest {

    @Test
    void readinessFollowsWhetherPalommaAnswers() throws Exception {
        RecordingPalomma palomma = new RecordingPalomma();
        try (CamelContext context = new DefaultCamelContext()) {
            enableProducerHealthChecks(context);
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
            assertThat(refused.getMessage())
                    .hasValueSatisfying(m -> assertThat(m).contains("Palomma refuses the API key"));

            palomma.close();
            HealthCheck.Result unreachable = palommaReadiness(context);
            assertThat(unreachable.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(unreachable.getMessage())
                    .hasValueSatisfying(m -> assertThat(m).contains("Palomma cannot be reached"));
        } finally {
            palomma.close();
        }
    }

    @Test
    void everyEndpointClientHasItsOwnCheckSoASecondKeyOnTheSameUrlIsProbedToo() throws Exception {
        try (KeyCheckingPalomma palomma = new KeyCheckingPalomma("good-key");
                CamelContext context = new DefaultCamelContext()) {
            enableProducerHealthChecks(context);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:good")
                            .to("palomma:customers?operation=get&apiKey=good-key&baseUrl=" + palomma.baseUrl());
                    from("direct:revoked")
                            .to("palomma:customers?operation=get&apiKey=revoked-key&baseUrl=" + palomma.baseUrl());
                }
            });
            context.start();

            List<HealthCheck.Result> results = palommaChecks(context);
            assertThat(results).hasSize(2);
            assertThat(results)
                    .extracting(HealthCheck.Result::getState)
                    .containsExactlyInAnyOrder(HealthCheck.State.UP, HealthCheck.State.DOWN);
            assertThat(results)
                    .allSatisfy(r -> assertThat(r.getCheck().isLiveness()).isFalse());
            assertThat(palomma.keysSeen).containsExactlyInAnyOrder("good-key", "revoked-key");

            context.removeEndpoint(context.getEndpoint(
                    "palomma:customers?operation=get&apiKey=revoked-key&baseUrl=" + palomma.baseUrl()));
            assertThat(palommaChecks(context))
                    .as("a stopped endpoint's check goes with it")
                    .singleElement()
                    .satisfies(r -> assertThat(r.getState()).isEqualTo(HealthCheck.State.UP));
        }
    }

    @Test
    void producerChecksFollowTheComponentAndCamelSettings() throws Exception {
        for (boolean componentEnabled : new boolean[] {true, false}) {
            try (RecordingPalomma palomma = new RecordingPalomma();
                    CamelContext context = new DefaultCamelContext()) {
                addHealthCheckRegistry(context);
                context.getComponent("palomma", PalommaComponent.class).setHealthCheckProducerEnabled(componentEnabled);
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:x").to("palomma:customers?operation=get&apiKey=k&baseUrl=" + palomma.baseUrl());
                    }
                });
                context.start();
                assertThat(palommaChecks(context))
                        .as("Camel runs producer checks only when asked to")
                        .isEmpty();

                HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
                HealthCheck.Result result = palommaChecks(context).get(0);
                assertThat(result.getDetails().get("check.enabled"))
                        .as("healthCheckProducerEnabled=" + componentEnabled)
                        .isEqualTo(componentEnabled ? null : false);
                assertThat(result.getState() == HealthCheck.State.UP).isEqualTo(componentEnabled);
                assertThat(palomma.requests()).as("probes sent").hasSize(componentEnabled ? 1 : 0);
            }
        }
    }

    @Test
    void twoEndpointsWithTheSameTagsCountApartAndTheirMetersGoWhenTheyStop() throws Exception {
        MeterRegistry meters = new SimpleMeterRegistry();
        try (RecordingPalomma palomma = new RecordingPalomma();
                CamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("meters", meters);
            String first = "palomma:payinLinks?operation=get&id=L1&apiKey=k1&baseUrl=" + palomma.baseUrl();
            String second = "palomma:payinLinks?operation=get&id=L2&apiKey=k2&baseUrl=" + palomma.baseUrl();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:first").to(first);
                    from("direct:second").to(second);
                }
            });
            context.start();
            context.createProducerTemplate().requestBody("direct:first", (Object) null);
            context.createProducerTemplate().requestBody("direct:first", (Object) null);
            context.createProducerTemplate().requestBody("direct:second", (Object) null);

            assertThat(calls(meters)).containsExactlyInAnyOrder(2.0, 1.0);

            context.removeEndpoint(context.getEndpoint(first));
            assertThat(calls(meters))
                    .as("only the running endpoint's meters are left")
                    .containsExactly(1.0);
            assertThat(meters.find("palomma.client.latency").functionTimers()).hasSize(1);
        }
        assertThat(meters.find("palomma.client.calls").functionCounters())
                .as("none after the context stopped")
                .isEmpty();
    }

    private static List<Double> calls(MeterRegistry meters) {
        return meters.find("palomma.client.calls").tag("endpoint", "payinLinks/get").functionCounters().stream()
                .map(FunctionCounter::count)
                .toList();
    }

    private static List<HealthCheck.Result> palommaChecks(CamelContext context) {
        return HealthCheckHelper.invokeReadiness(context).stream()
                .filter(r -> r.getCheck().getGroup().equals("palomma"))
                .toList();
    }

    /** A stricter Palomma: refuses every key but one, and remembers which keys it was shown. */
    static final class KeyCheckingPalomma implements AutoCloseable {
        final Set<String> keysSeen = ConcurrentHashMap.newKeySet();
        private final HttpServer server;

        KeyCheckingPalomma(String validKey) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String key = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))
                        .replace("Bearer ", "");
                keysSeen.add(key);
                boolean valid = key.equals(validKey);
                byte[] body = (valid ? "{\"items\":[],\"cursor\":null,\"count\":0}" : "{\"message\":\"Unauthorized\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(valid ? 200 : 401, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/v0";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** What camel.health.producersEnabled=true does under Camel Main: Camel runs no producer check otherwise. */
    static void enableProducerHealthChecks(CamelContext context) {
        addHealthCheckRegistry(context);
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
    }

    private static void addHealthCheckRegistry(CamelContext context) {
        DefaultHealthCheckRegistry registry = new DefaultHealthCheckRegistry();
        // every result, not only the failing ones
        registry.setExposureLevel("full");
        context.getCamelContextExtension()
                .addContextPlugin(org.apache.camel.health.HealthCheckRegistry.class, registry);
    }

    private static HealthCheck.Result palommaReadiness(CamelContext context) {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context);
        return results.stream()
                .filter(r -> r.getCheck().getGroup().equals("palomma"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void producerAndWebhookCountersAreMicrometerMeters() throws Exception {
        MeterRegistry meters = new SimpleMeterRegistry();
        try (RecordingPalomma palomma = new RecordingPalomma();
                CamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("meters", meters);
            Deliveries deliveries = Deliveries.receiving(context, "mk");
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:x")
                            .to("palomma:payinLinks?operation=get&id=L1&apiKey=k&retryDelay=1&baseUrl="
                                    + palomma.baseUrl());
                    from("palomma:webhooks").to("mock:w");
                }
            });
            context.start();
            palomma.enqueue(RecordingPalomma.Answer.of(503, "{\"message\":\"busy\"}"));
            context.createProducerTemplate().requestBody("direct:x", (Object) null);
            context.createProducerTemplate().requestBody("direct:x", (Object) null);
            String json = Deliveries.envelope("M1", "payin-link.update", RecordingPalomma.fixture("payinLinks"));
            deliveries.signed(json, "mk");
            deliveries.signed(json, "mk");
            deliveries.signed(json, "forged");

            String endpoint = "payinLinks/get";
            assertThat(meters.get("palomma.client.calls")
                            .tag("endpoint", endpoint)
                            .functionCounter()
                            .count())
                    .isEqualTo(3);
            assertThat(meters.get("palomma.client.retries")
                            .tag("endpoint", endpoint)
                            .functionCounter()
                            .count())
                    .isEqualTo(1);
            FunctionTimer latency = meters.get("palomma.client.latency")
                    .tag("endpoint", endpoint)
                    .functionTimer();
            assertThat(latency.count()).isEqualTo(3);
            assertThat(latency.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS))
                    .isPositive();
            assertThat(webhooks(meters, "processed")).isEqualTo(1);
            assertThat(webhooks(meters, "duplicates")).isEqualTo(1);
            assertThat(webhooks(meters, "rejected")).isEqualTo(1);
            assertThat(webhooks(meters, "verified")).isEqualTo(2);
        }
    }

    private static double webhooks(MeterRegistry meters, String outcome) {
        return meters.get("palomma.webhooks")
                .tag("path", "/palomma/webhooks")
                .tag("outcome", outcome)
                .functionCounter()
                .count();
    }
}
