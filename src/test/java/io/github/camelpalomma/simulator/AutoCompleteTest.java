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

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The deterministic unattended rules of docs/simulator.md: everything finishes without a browser. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutoCompleteTest {

    private PalommaSimulator sim;
    private SimHttp http;

    @BeforeAll
    void start() {
        sim = PalommaSimulator.builder()
                .autoComplete(Duration.ofMillis(30))
                .build()
                .start();
        http = new SimHttp(sim);
    }

    @AfterAll
    void stop() {
        sim.close();
    }

    @Test
    void linksFollowTheAmountRules() {
        String customer = http.customer("auto");
        String approved = http.link(customer, 10_000).get("id").asText();
        String noFunds = http.link(customer, 10_001).get("id").asText();
        String error = http.link(customer, 10_007).get("id").asText();
        String gaveUp = http.link(customer, 10_008).get("id").asText();
        String never = http.link(customer, 10_009).get("id").asText();
        awaitStatus("/v0/payinLinks/" + approved, "approved");
        assertThat(awaitStatus("/v0/payinLinks/" + noFunds, "cancelled")
                        .get("statusMessage")
                        .asText())
                .isEqualTo("NOT_ENOUGH_FUNDS");
        assertThat(awaitStatus("/v0/payinLinks/" + error, "cancelled")
                        .get("statusMessage")
                        .asText())
                .isEqualTo("ERROR");
        assertThat(awaitStatus("/v0/payinLinks/" + gaveUp, "cancelled")
                        .get("statusMessage")
                        .asText())
                .isEqualTo("CUSTOMER_CANCELLATION");
        assertThat(http.get("/v0/payinLinks/" + never).json().get("status").asText())
                .isEqualTo("pending");
        await().atMost(Duration.ofSeconds(5))
                .until(() -> http.get("/v0/merchantAccounts/default/settlements")
                                .json()
                                .get("count")
                                .asInt()
                        >= 1);
    }

    @Test
    void sourcesTargetsRequestsAndPayoutsFinishByThemselves() {
        String customer = http.customer("auto2");
        String source = http.source(customer, true, "plain").get("id").asText();
        String refused =
                http.source(customer, false, "ref-INVALID_ACCOUNT").get("id").asText();
        awaitStatus("/v0/payinSources/" + source, "active");
        assertThat(awaitStatus("/v0/payinSources/" + refused, "cancelled")
                        .get("statusMessage")
                        .asText())
                .isEqualTo("INVALID_ACCOUNT");
        String ok = http.post("/v0/payinRequests", Map.of("payinSourceId", source, "amount", 10_000))
                .json()
                .get("id")
                .asText();
        String partial = http.post("/v0/payinRequests", Map.of("payinSourceId", source, "amount", 10_050))
                .json()
                .get("id")
                .asText();
        String declined = http.post("/v0/payinRequests", Map.of("payinSourceId", source, "amount", 10_002))
                .json()
                .get("id")
                .asText();
        awaitStatus("/v0/payinRequests/" + ok, "approved");
        assertThat(awaitStatus("/v0/payinRequests/" + partial, "partial")
                        .get("amountCollected")
                        .asLong())
                .isEqualTo(5_025);
        assertThat(awaitStatus("/v0/payinRequests/" + declined, "cancelled")
                        .get("statusMessage")
                        .asText())
                .isEqualTo("DECLINED_BY_BANK");

        String target = http.target(customer, "t").get("id").asText();
        awaitStatus("/v0/payoutTargets/" + target, "active");
        String payout = http.post("/v0/payoutRequests", Map.of("payoutTargetId", target, "amount", 20_000))
                .json()
                .get("id")
                .asText();
        String failed = http.post("/v0/payoutRequests", Map.of("payoutTargetId", target, "amount", 20_004))
                .json()
                .get("id")
                .asText();
        awaitStatus("/v0/payoutRequests/" + payout, "approved");
        assertThat(awaitStatus("/v0/payoutRequests/" + failed, "cancelled")
                        .get("amountSent")
                        .asLong())
                .isZero();
    }

    private JsonNode awaitStatus(String path, String status) {
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> http.get(path).json().get("status").asText().equals(status));
        return http.get(path).json();
    }
}
