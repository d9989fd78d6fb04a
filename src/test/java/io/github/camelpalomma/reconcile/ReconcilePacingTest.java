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
package io.github.camelpalomma.reconcile;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.PalommaComponent;
import io.github.camelpalomma.model.PalommaResource;
import io.github.camelpalomma.support.RecordingPalomma;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Polling against a stub server that behaves unlike the simulator: it refuses with 429 and Retry-After, fails with 503,
 * and only then answers. The poller waits as told, asks only GET /payinLinks/{id} (no list, no filter), delivers the
 * status once, and reports its backlog in meters and in the readiness check.
 */
class ReconcilePacingTest {

    static final String ID = "01HPR5TEDFKT498V8CYY3RPCXP";

    @Test
    void honoursRetryAfterBacksOffOnServerErrorsAndReportsItsBacklog() throws Exception {
        MeterRegistry meters = new SimpleMeterRegistry();
        Received received = new Received();
        try (RecordingPalomma palomma = new RecordingPalomma();
                CamelContext context = new DefaultCamelContext()) {
            context.getCamelContextExtension()
                    .addContextPlugin(HealthCheckRegistry.class, new DefaultHealthCheckRegistry());
            context.getRegistry().bind("meters", meters);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("palomma:payinLinks?reconcile=true&webhooks=false&pollInterval=200&maxPollRate=50&apiKey=k&baseUrl="
                                    + palomma.baseUrl())
                            .process(received.on("stub"));
                }
            });
            context.start();
            palomma.enqueue(
                    new RecordingPalomma.Answer(429, "{\"message\":\"slow down\"}", Map.of("Retry-After", "2")));
            palomma.enqueue(RecordingPalomma.Answer.of(503, "{\"message\":\"unavailable\"}"));
            assertThat(context.getComponent("palomma", PalommaComponent.class)
                            .reconciliation()
                            .track(PalommaResource.payinLinks, ID))
                    .isTrue();

            assertThat(readiness(context).getDetails()).containsEntry("tracked", 1L);
            assertThat(meters.get("palomma.reconcile.tracked")
                            .tag("resource", "payinLinks")
                            .gauge()
                            .value())
                    .isEqualTo(1.0);
            await().atMost(20, TimeUnit.SECONDS).until(() -> received.count(ID, "pending") == 1);

            List<RecordingPalomma.Recorded> calls = palomma.requests();
            assertThat(calls).allSatisfy(call -> {
                assertThat(call.method()).isEqualTo("GET");
                assertThat(call.path()).isEqualTo("/v0/payinLinks/" + ID);
                assertThat(call.query()).isNull();
            });
            assertThat(calls).hasSizeGreaterThanOrEqualTo(3);
            assertThat(received.of(ID).get(0).source()).isEqualTo("poll");
            assertThat(meters.get("palomma.reconcile.changes.found")
                            .tag("resource", "payinLinks")
                            .functionCounter()
                            .count())
                    .isEqualTo(1.0);
            assertThat(meters.get("palomma.reconcile.poll.failures")
                            .tag("resource", "payinLinks")
                            .functionCounter()
                            .count())
                    .isEqualTo(2.0);
            // a further poll of the same status delivers nothing more
            TimeUnit.MILLISECONDS.sleep(600);
            assertThat(received.count(ID, "pending")).isEqualTo(1);
        }
    }

    @Test
    void retryAfterAndServerErrorsPauseTheWholeBudget() {
        RateBudget budget = new RateBudget(1000);
        budget.tooManyRequests(300);
        long start = System.nanoTime();
        assertThat(budget.isPaused()).isTrue();
        budget.acquire();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        budget.serverError();
        start = System.nanoTime();
        budget.acquire();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    private static HealthCheck.Result readiness(CamelContext context) {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context);
        return results.stream()
                .filter(r -> r.getCheck().getId().equals("palomma-reconcile-payinLinks"))
                .findFirst()
                .orElseThrow();
    }
}
