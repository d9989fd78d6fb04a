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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelpalomma.webhook.WebhookSignature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** §10's state machines driven through the control API, with the signed webhooks a receiver gets. */
class StateMachinesTest {

    private WebhookReceiver receiver;
    private PalommaSimulator sim;
    private SimHttp http;

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver();
        sim = PalommaSimulator.builder()
                .integrityKey("test_integrity_key")
                .webhookUrl(receiver.url())
                .webhookRetry(4, Duration.ofMillis(50), 2.0, Duration.ofSeconds(2))
                .build()
                .start();
        http = new SimHttp(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
        receiver.close();
    }

    @Test
    void linkApprovedMovesMoneyAndSettles() {
        String customer = http.customer("c1");
        JsonNode link = http.link(customer, 100_000);
        String id = link.get("id").asText();
        JsonNode approved =
                http.post("/_simulator/payinLinks/" + id + "/approve", Map.of()).json();
        assertThat(approved.get("status").asText()).isEqualTo("approved");
        assertThat(approved.get("amountCollected").asLong()).isEqualTo(100_000);
        JsonNode account = http.get("/v0/merchantAccounts/default").json();
        assertThat(account.get("unsettledAmount").asLong()).isEqualTo(100_000);
        assertThat(account.get("availableBalance").asLong()).isEqualTo(10_000_000);

        JsonNode settlements = http.post("/_simulator/settlements/run", Map.of("merchantAccountId", "default"))
                .json();
        JsonNode settlement = settlements.get("items").get(0);
        assertThat(settlement.get("totalAmountCollected").asLong()).isEqualTo(100_000);
        assertThat(settlement.get("totalFees").asLong()).isEqualTo(500);
        assertThat(settlement.get("numberOfPayins").asLong()).isEqualTo(1);
        account = http.get("/v0/merchantAccounts/default").json();
        assertThat(account.get("unsettledAmount").asLong()).isZero();
        assertThat(account.get("availableBalance").asLong()).isEqualTo(10_000_000 + 100_000 - 500);
        assertThat(http.post("/_simulator/settlements/run", Map.of())
                        .json()
                        .get("count")
                        .asInt())
                .isZero();

        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.received.size() == 3);
        List<JsonNode> events =
                receiver.received.stream().map(r -> parse(r.body())).toList();
        assertThat(events)
                .extracting(e -> e.get("eventType").asText())
                .containsExactlyInAnyOrder("payin-link.update", "payin-link.update", "payin-settlement.update");
        assertThat(events)
                .filteredOn(e -> e.get("eventType").asText().equals("payin-link.update"))
                .extracting(e -> e.get("event").get("status").asText())
                .containsExactlyInAnyOrder("processing", "approved");
        WebhookSignature verifier = new WebhookSignature(List.of("test_integrity_key"));
        for (WebhookReceiver.Received r : receiver.received) {
            assertThat(r.contentType()).startsWith("application/json");
            assertThat(r.encodedData())
                    .isEqualTo(Base64.getEncoder().encodeToString(r.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(verifier.matches(r.encodedData(), r.signature())).isTrue();
            assertThat(r.signature()).matches("[0-9a-f]{64}");
            JsonNode envelope = parse(r.body());
            assertThat(envelope.fieldNames())
                    .toIterable()
                    .containsExactly("webhookId", "timestamp", "eventType", "event");
        }
    }

    @Test
    void linkDeclinedAndCancelledCarryStatusMessage() {
        String customer = http.customer("c2");
        String a = http.link(customer, 20_000).get("id").asText();
        JsonNode declined = http.post(
                        "/_simulator/payinLinks/" + a + "/decline", Map.of("statusMessage", "NOT_ENOUGH_FUNDS"))
                .json();
        assertThat(declined.get("status").asText()).isEqualTo("cancelled");
        assertThat(declined.get("statusMessage").asText()).isEqualTo("NOT_ENOUGH_FUNDS");
        assertThat(http.post("/_simulator/payinLinks/" + a + "/approve", Map.of())
                        .status())
                .isEqualTo(409);
        assertThat(http.post(
                                "/_simulator/payinLinks/"
                                        + http.link(customer, 20_000).get("id").asText() + "/decline",
                                Map.of("statusMessage", "BOGUS"))
                        .status())
                .isEqualTo(400);

        String b = http.link(customer, 20_000).get("id").asText();
        assertThat(sim.control().cancelPayinLink(b, null).statusMessage()).isEqualTo("CUSTOMER_CANCELLATION");
        assertThatThrownBy(() -> sim.control().approvePayinLink(b)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sim.control().approvePayinLink("nope"))
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(http.get("/v0/merchantAccounts/default")
                        .json()
                        .get("unsettledAmount")
                        .asLong())
                .isZero();
    }

    @Test
    void linkExpiresWhenTheClockPassesItsExpiration() {
        String customer = http.customer("c3");
        String id = http.link(customer, 20_000).get("id").asText();
        assertThat(sim.control().expireDueLinks()).isZero();
        JsonNode clock = http.post("/_simulator/clock/advance", Map.of("seconds", 3 * 24 * 3600))
                .json();
        assertThat(clock.get("offsetSeconds").asLong()).isEqualTo(3 * 24 * 3600);
        JsonNode link = http.get("/v0/payinLinks/" + id).json();
        assertThat(link.get("status").asText()).isEqualTo("cancelled");
        assertThat(link.get("statusMessage").asText()).isEqualTo("EXPIRED");
    }

    @Test
    void sourceAuthorizationRequestsAndPartials() {
        String customer = http.customer("c4");
        String source = http.source(customer, true, "src").get("id").asText();
        JsonNode active = http.post("/_simulator/payinSources/" + source + "/authorize", Map.of())
                .json();
        assertThat(active.get("status").asText()).isEqualTo("active");
        String approved = http.post("/v0/payinRequests", Map.of("payinSourceId", source, "amount", 10_000))
                .json()
                .get("id")
                .asText();
        String partial = http.post("/v0/payinRequests", Map.of("payinSourceId", source, "amount", 10_000))
                .json()
                .get("id")
                .asText();
        String cancelled = http.post("/v0/payinRequests", Map.of("payinSourceId", source, "amount", 10_000))
                .json()
                .get("id")
                .asText();
        assertThat(http.post("/_simulator/payinRequests/" + approved + "/complete", Map.of("outcome", "approved"))
                        .json()
                        .get("amountCollected")
                        .asLong())
                .isEqualTo(10_000);
        JsonNode p = http.post(
                        "/_simulator/payinRequests/" + partial + "/complete",
                        Map.of("outcome", "partial", "amountCollected", 4_000))
                .json();
        assertThat(p.get("status").asText()).isEqualTo("partial");
        assertThat(p.get("amountCollected").asLong()).isEqualTo(4_000);
        JsonNode c = http.post("/_simulator/payinRequests/" + cancelled + "/complete", Map.of("outcome", "cancelled"))
                .json();
        assertThat(c.get("statusMessage").asText()).isEqualTo("NOT_ENOUGH_FUNDS");
        assertThat(c.get("amountCollected").asLong()).isZero();
        assertThat(http.get("/v0/merchantAccounts/default")
                        .json()
                        .get("unsettledAmount")
                        .asLong())
                .isEqualTo(14_000);

        String refusedSource = http.source(customer, false, "src2").get("id").asText();
        assertThat(sim.control()
                        .refusePayinSource(refusedSource, "INVALID_ACCOUNT")
                        .statusMessage())
                .isEqualTo("INVALID_ACCOUNT");
        String noPartial = http.source(customer, false, "src3").get("id").asText();
        sim.control().authorizePayinSource(noPartial);
        String r = http.post("/v0/payinRequests", Map.of("payinSourceId", noPartial, "amount", 10_000))
                .json()
                .get("id")
                .asText();
        assertThat(http.post("/_simulator/payinRequests/" + r + "/complete", Map.of("outcome", "partial"))
                        .status())
                .isEqualTo(409);

        await().atMost(Duration.ofSeconds(5))
                .until(() -> receiver.received.stream()
                                .filter(x -> parse(x.body())
                                        .get("eventType")
                                        .asText()
                                        .equals("payin-source.update"))
                                .count()
                        == 5);
    }

    @Test
    void payoutTargetsAndPayoutsMoveTheBalance() {
        String customer = http.customer("c5");
        String target = http.target(customer, "t").get("id").asText();
        assertThat(http.post("/_simulator/payoutTargets/" + target + "/activate", Map.of())
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("active");
        String ok = http.post("/v0/payoutRequests", Map.of("payoutTargetId", target, "amount", 1_000_000))
                .json()
                .get("id")
                .asText();
        String ko = http.post("/v0/payoutRequests", Map.of("payoutTargetId", target, "amount", 2_000_000))
                .json()
                .get("id")
                .asText();
        assertThat(http.get("/v0/merchantAccounts/default")
                        .json()
                        .get("availableBalance")
                        .asLong())
                .isEqualTo(7_000_000);
        http.post("/_simulator/payoutRequests/" + ok + "/complete", Map.of("outcome", "approved"));
        JsonNode cancelled = http.post(
                        "/_simulator/payoutRequests/" + ko + "/complete",
                        Map.of("outcome", "cancelled", "statusMessage", "INVALID_ACCOUNT"))
                .json();
        assertThat(cancelled.get("amountSent").asLong()).isZero();
        assertThat(cancelled.get("statusMessage").asText()).isEqualTo("INVALID_ACCOUNT");
        assertThat(http.get("/v0/merchantAccounts/default")
                        .json()
                        .get("availableBalance")
                        .asLong())
                .isEqualTo(9_000_000);
        for (int i = 0; i < 2; i++) {
            http.post("/v0/payoutRequests", Map.of("payoutTargetId", target, "amount", 4_000_000));
        }
        SimHttp.Answer broke = http.post("/v0/payoutRequests", Map.of("payoutTargetId", target, "amount", 2_000_000));
        assertThat(broke.status()).isEqualTo(400);
        assertThat(broke.json().get("message").asText()).contains("availableBalance");

        String refused = http.target(customer, "t2").get("id").asText();
        assertThat(sim.control().refusePayoutTarget(refused, null).status()).isEqualTo("cancelled");
    }

    @Test
    void payoutTargetsCanStartActive() {
        try (PalommaSimulator active = PalommaSimulator.builder()
                .payoutTargetInitialStatus("active")
                .webhookUrl(receiver.url())
                .build()
                .start()) {
            SimHttp h = new SimHttp(active);
            JsonNode target = h.target(h.customer("x"), "t");
            assertThat(target.get("status").asText()).isEqualTo("active");
            await().atMost(Duration.ofSeconds(5)).until(() -> receiver.received.stream()
                    .anyMatch(x -> parse(x.body()).get("eventType").asText().equals("payout-target.update")));
        }
    }

    @Test
    void failedDeliveryIsRetriedWithTheSameIdTimestampAndBytes() {
        receiver.failFirst.set(2);
        String customer = http.customer("c6");
        String source = http.source(customer, false, "s").get("id").asText();
        sim.control().refusePayinSource(source, "EXPIRED");
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.received.size() == 3);
        assertThat(receiver.received)
                .extracting(WebhookReceiver.Received::body)
                .containsOnly(receiver.received.get(0).body());
        JsonNode first = parse(receiver.received.get(0).body());
        assertThat(first.get("event").get("statusMessage").asText()).isEqualTo("EXPIRED");
        List<WebhookDelivery> attempts = sim.control().deliveries();
        assertThat(attempts).extracting(WebhookDelivery::attempt).containsExactly(1, 2, 3);
        assertThat(attempts).extracting(WebhookDelivery::statusCode).containsExactly(500, 500, 200);
        assertThat(attempts)
                .extracting(WebhookDelivery::webhookId)
                .containsOnly(first.get("webhookId").asText());
        JsonNode overHttp = http.get("/_simulator/deliveries").json();
        assertThat(overHttp.get("count").asInt()).isEqualTo(3);
        assertThat(overHttp.get("items").get(2).get("statusCode").asInt()).isEqualTo(200);
    }

    @Test
    void aDeliveryThatTimesOutIsRetried() {
        try (PalommaSimulator slow = PalommaSimulator.builder()
                .webhookUrl(receiver.url())
                .webhookRetry(3, Duration.ofMillis(50), 1.0, Duration.ofMillis(300))
                .build()
                .start()) {
            receiver.stallMillis = 1_500;
            receiver.stallFirst.set(1);
            SimHttp h = new SimHttp(slow);
            String target = h.target(h.customer("slow"), "t").get("id").asText();
            slow.control().activatePayoutTarget(target);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> slow.control().deliveries().size() == 2);
            List<WebhookDelivery> attempts = slow.control().deliveries();
            assertThat(attempts.get(0).statusCode()).isNull();
            assertThat(attempts.get(0).error()).contains("Timeout");
            assertThat(attempts.get(1).succeeded()).isTrue();
            assertThat(attempts.get(1).webhookId()).isEqualTo(attempts.get(0).webhookId());
        }
    }

    @Test
    void unreachableUrlIsRetriedUntilTheAttemptsRunOut() {
        http.post("/_simulator/webhookUrls", Map.of("url", "http://127.0.0.1:1/nothing"));
        sim.control().removeWebhookUrl(receiver.url());
        String source = http.source(http.customer("c7"), false, "s").get("id").asText();
        sim.control().authorizePayinSource(source);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> sim.control().deliveries().size() == 8);
        assertThat(sim.control().deliveries()).allSatisfy(d -> {
            assertThat(d.statusCode()).isNull();
            assertThat(d.error()).isNotBlank();
        });
    }

    @Test
    void resetForgetsEverything() {
        String customer = http.customer("c8");
        assertThat(http.post("/_simulator/reset", Map.of()).status()).isEqualTo(200);
        assertThat(http.get("/v0/customers/" + customer).status()).isEqualTo(404);
        assertThat(http.get("/v0/merchantAccounts/default").status()).isEqualTo(200);
    }

    private static JsonNode parse(String body) {
        try {
            return SimHttp.MAPPER.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
