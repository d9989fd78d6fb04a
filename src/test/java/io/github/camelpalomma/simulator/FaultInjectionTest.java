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

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every fault kind, per path, for the next N calls. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultInjectionTest {

    private PalommaSimulator sim;
    private SimHttp http;

    @BeforeAll
    void start() {
        sim = PalommaSimulator.builder().build().start();
        http = new SimHttp(sim);
    }

    @AfterAll
    void stop() {
        sim.close();
    }

    @BeforeEach
    void clean() {
        sim.control().reset();
    }

    @Test
    void statusCodesForTheNextNCallsOnly() {
        sim.control().injectFault(Fault.tooManyRequests("/v0/customers", 7, 2));
        SimHttp.Answer first = http.get("/v0/customers");
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.raw().headers().firstValue("Retry-After")).hasValue("7");
        assertThat(first.json().get("message").asText()).isNotBlank();
        assertThat(http.get("/v0/customers").status()).isEqualTo(429);
        assertThat(http.get("/v0/customers").status()).isEqualTo(200);

        sim.control().injectFault(Fault.status("/v0/*", 503, 1).onMethod("POST"));
        assertThat(http.get("/v0/customers").status()).isEqualTo(200);
        assertThat(http.post("/v0/customers", Map.of()).status()).isEqualTo(503);
        assertThat(http.post("/v0/customers", Map.of()).status()).isEqualTo(400);
    }

    @Test
    void faultsOverTheControlApi() {
        SimHttp.Answer armed = http.post(
                "/_simulator/faults", Map.of("path", "/v0/payinLinks/*", "kind", "status", "status", 500, "times", 1));
        assertThat(armed.json().get("faults").get(0).get("times").asInt()).isEqualTo(1);
        assertThat(http.get("/v0/payinLinks/abc").status()).isEqualTo(500);
        assertThat(http.get("/v0/payinLinks/abc").status()).isEqualTo(404);
        http.post(
                "/_simulator/faults",
                Map.of("path", "/v0/customers", "kind", "latency", "latencyMillis", 300, "times", 5));
        assertThat(http.get("/_simulator/faults")
                        .json()
                        .get("faults")
                        .get(0)
                        .get("latencyMillis")
                        .asInt())
                .isEqualTo(300);
        assertThat(http.delete("/_simulator/faults").json().get("faults").size())
                .isZero();
        assertThat(http.post("/_simulator/faults", Map.of("path", "/v0", "kind", "explode"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void latencyDelaysThenAnswers() {
        sim.control().injectFault(Fault.latency("/v0/merchantAccounts", Duration.ofMillis(400), 1));
        long begin = System.nanoTime();
        assertThat(http.get("/v0/merchantAccounts").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void malformedJsonWith200() {
        sim.control().injectFault(Fault.malformedJson("/v0/customers", 1));
        SimHttp.Answer answer = http.get("/v0/customers");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).isNull();
        assertThat(answer.body()).startsWith("{");
    }

    @Test
    void resetBeforeProcessingChangesNothing() {
        sim.control().injectFault(Fault.resetBefore("/v0/customers", 1));
        assertThatThrownBy(() -> new SimHttp(sim).post("/v0/customers", customer("before")))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(http.get("/v0/customers?reference=before")
                        .json()
                        .get("count")
                        .asInt())
                .isZero();
    }

    @Test
    void resetAfterProcessingCommitsTheCreate() {
        sim.control().injectFault(Fault.resetAfter("/v0/customers", 1).onMethod("POST"));
        assertThatThrownBy(() -> new SimHttp(sim).post("/v0/customers", customer("after")))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(http.get("/v0/customers?reference=after").json().get("count").asInt())
                .isEqualTo(1);
    }

    private static Map<String, Object> customer(String reference) {
        return Map.of(
                "reference",
                reference,
                "name",
                "A",
                "documentType",
                "ce",
                "documentNumber",
                "1",
                "email",
                "a@b.co",
                "phoneNumber",
                "3");
    }
}
