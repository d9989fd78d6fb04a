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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Memory caps, the remaining control routes, and ULID order. */
class ControlAndLimitsTest {

    @Test
    void oldestObjectsAreEvictedBeyondTheCap() {
        try (PalommaSimulator sim =
                PalommaSimulator.builder().capacityPerResource(10).build().start()) {
            SimHttp http = new SimHttp(sim);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                ids.add(http.customer("cap"));
            }
            assertThat(http.get("/v0/customers/" + ids.get(0)).status()).isEqualTo(404);
            assertThat(http.get("/v0/customers/" + ids.get(5)).status()).isEqualTo(200);
            assertThat(http.get("/v0/customers?limit=100").json().get("count").asInt())
                    .isEqualTo(10);
            assertThat(ids).isSorted();
        }
    }

    @Test
    void controlRoutesForUrlsClockAndAutoComplete() {
        try (PalommaSimulator sim = PalommaSimulator.builder()
                .webhookUrl("http://127.0.0.1:9/a")
                .build()
                .start()) {
            SimHttp http = new SimHttp(sim, null);
            assertThat(http.get("/_simulator/webhookUrls").json().get("urls").size())
                    .isEqualTo(1);
            http.post("/_simulator/webhookUrls", Map.of("url", "http://127.0.0.1:9/b"));
            assertThat(sim.control().webhookUrls()).containsExactly("http://127.0.0.1:9/a", "http://127.0.0.1:9/b");
            assertThat(http.delete("/_simulator/webhookUrls?url=http%3A%2F%2F127.0.0.1%3A9%2Fa")
                            .json()
                            .get("urls")
                            .size())
                    .isEqualTo(1);
            JsonNode clock = http.get("/_simulator/clock").json();
            assertThat(clock.get("offsetSeconds").asLong()).isZero();
            assertThat(http.post("/_simulator/clock/advance", Map.of("seconds", -1))
                            .status())
                    .isEqualTo(400);
            assertThat(http.get("/_simulator/autoComplete")
                            .json()
                            .get("enabled")
                            .asBoolean())
                    .isFalse();
            assertThat(http.post("/_simulator/autoComplete", Map.of("enabled", true, "delayMillis", 250))
                            .json()
                            .get("delayMillis")
                            .asLong())
                    .isEqualTo(250);
            assertThat(sim.control().autoComplete()).hasMillis(250);
            assertThat(http.post("/_simulator/payinLinks/nope/approve", Map.of())
                            .status())
                    .isEqualTo(404);
            assertThat(http.get("/_simulator/nothing").status()).isEqualTo(404);
            System.out.println("in-process start: " + sim.startupMillis() + " ms");
        }
    }

    @Test
    void extraMerchantAccountsReceiveTheirOwnPayins() {
        try (PalommaSimulator sim = PalommaSimulator.builder()
                .merchantAccount("acc-2", "Second", 0)
                .build()
                .start()) {
            SimHttp http = new SimHttp(sim);
            String customer = http.customer("acc");
            JsonNode link = http.post(
                            "/v0/payinLinks",
                            Map.of(
                                    "customerId",
                                    customer,
                                    "redirectUrl",
                                    "http://x",
                                    "amount",
                                    9_000,
                                    "type",
                                    "pse",
                                    "targetMerchantAccountId",
                                    "acc-2"))
                    .json();
            sim.control().approvePayinLink(link.get("id").asText());
            assertThat(http.get("/v0/merchantAccounts/acc-2")
                            .json()
                            .get("unsettledAmount")
                            .asLong())
                    .isEqualTo(9_000);
            assertThat(http.get("/v0/merchantAccounts/default")
                            .json()
                            .get("unsettledAmount")
                            .asLong())
                    .isZero();
            sim.control().runSettlementCycle(null);
            assertThat(http.get("/v0/merchantAccounts/acc-2/settlements")
                            .json()
                            .get("count")
                            .asInt())
                    .isEqualTo(1);
            assertThat(http.get("/v0/merchantAccounts/default/settlements")
                            .json()
                            .get("count")
                            .asInt())
                    .isZero();
            assertThat(http.get("/v0/merchantAccounts").json().get("count").asInt())
                    .isEqualTo(2);
        }
    }

    @Test
    void base64SignaturesOnRequest() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
                PalommaSimulator sim = PalommaSimulator.builder()
                        .signatureBase64(true)
                        .webhookUrl(receiver.url())
                        .build()
                        .start()) {
            SimHttp http = new SimHttp(sim);
            String source =
                    http.source(http.customer("b64"), false, "s").get("id").asText();
            sim.control().refusePayinSource(source, null);
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(5))
                    .until(() -> receiver.received.size() == 1);
            WebhookReceiver.Received r = receiver.received.get(0);
            assertThat(r.signature())
                    .isEqualTo(io.github.camelpalomma.webhook.WebhookSignature.signBase64(
                            "sim_integrity_key", r.encodedData()));
        }
    }

    @Test
    void publicUrlGoesIntoHostedPageLinks() {
        try (PalommaSimulator sim = PalommaSimulator.builder()
                .publicUrl("http://sim.example:9999/")
                .build()
                .start()) {
            SimHttp http = new SimHttp(sim);
            assertThat(http.link(http.customer("pub"), 5_000).get("paymentUrl").asText())
                    .startsWith("http://sim.example:9999/hosted/payinLinks/");
            assertThat(sim.baseUrl()).isEqualTo("http://127.0.0.1:" + sim.port() + "/v0");
        }
    }
}
