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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The 22 calls of v0 over real HTTP: answers, auth, 404s, the 400 rules, paging and filters. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiCallsTest {

    private PalommaSimulator sim;
    private SimHttp http;

    @BeforeAll
    void start() {
        sim = PalommaSimulator.builder().port(0).build().start();
        http = new SimHttp(sim);
        System.out.println("in-process start: " + sim.startupMillis() + " ms");
    }

    @AfterAll
    void stop() {
        sim.close();
    }

    @Test
    void customersCreateGetList() {
        SimHttp.Answer created = http.post(
                "/v0/customers",
                Map.of(
                        "reference",
                        "cust-1",
                        "name",
                        "Pepito Perez",
                        "documentType",
                        "cc",
                        "documentNumber",
                        "1037551022",
                        "email",
                        "p@example.com",
                        "phoneNumber",
                        "3013111111"));
        assertThat(created.status()).isEqualTo(200);
        JsonNode c = created.json();
        assertThat(c.get("id").asText()).matches("[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(c.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(c.get("documentType").asText()).isEqualTo("cc");
        assertThat(http.get("/v0/customers/" + c.get("id").asText()).json()).isEqualTo(c);
        JsonNode list = http.get("/v0/customers?reference=cust-1").json();
        assertThat(list.get("count").asInt()).isEqualTo(1);
        assertThat(list.get("items").get(0)).isEqualTo(c);
        assertThat(list.has("cursor")).isTrue();
        assertThat(list.get("cursor").isNull()).isTrue();
    }

    @Test
    void payinLinkCreateGetListAndShape() {
        String customer = http.customer("c-link");
        JsonNode link = http.link(customer, 50_000);
        assertThat(link.get("status").asText()).isEqualTo("pending");
        assertThat(link.has("statusMessage")).isFalse();
        assertThat(link.get("amountCollected").asLong()).isZero();
        assertThat(link.get("fee").asLong()).isEqualTo(500);
        assertThat(link.get("targetMerchantAccountId").asText()).isEqualTo("default");
        assertThat(link.get("customerDetails").get("name").asText()).isEqualTo("Pepito Perez");
        assertThat(link.get("paymentUrl").asText()).startsWith(sim.origin() + "/hosted/payinLinks/");
        assertThat(link.get("expiration").asText()).matches("\\d{4}-\\d\\d-\\d\\dT23:59:59");
        assertThat(link.has("availableTypes")).isFalse();
        String id = link.get("id").asText();
        assertThat(http.get("/v0/payinLinks/" + id).json()).isEqualTo(link);
        assertThat(http.get("/v0/payinLinks?customerId=" + customer)
                        .json()
                        .get("items")
                        .get(0)
                        .get("id")
                        .asText())
                .isEqualTo(id);
        assertThat(http.get("/v0/payinLinks?reference=order-50000&customerId=" + customer)
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void payinSourceRequestTargetPayoutCalls() {
        String customer = http.customer("c-all");
        JsonNode source = http.source(customer, false, "src-1");
        assertThat(source.get("status").asText()).isEqualTo("pending");
        assertThat(source.get("authUrl").asText()).startsWith(sim.origin() + "/hosted/payinSources/");
        assertThat(source.has("bankAccount")).isFalse();
        String sourceId = source.get("id").asText();
        assertThat(http.get("/v0/payinSources/" + sourceId).json()).isEqualTo(source);
        assertThat(http.get("/v0/payinSources?customerId=" + customer)
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(1);

        SimHttp.Answer notActive = http.post("/v0/payinRequests", Map.of("payinSourceId", sourceId, "amount", 20_000));
        assertThat(notActive.status()).isEqualTo(400);
        assertThat(notActive.json().get("message").asText())
                .contains("payinSourceId")
                .contains("pending");

        sim.control().authorizePayinSource(sourceId);
        JsonNode request = http.post(
                        "/v0/payinRequests", Map.of("payinSourceId", sourceId, "amount", 20_000, "reference", "pr-1"))
                .json();
        assertThat(request.get("status").asText()).isEqualTo("processing");
        assertThat(request.get("amountCollected").asLong()).isZero();
        assertThat(request.get("payinSourceDetails").get("type").asText()).isEqualTo("bankAccount");
        assertThat(request.get("customerId").asText()).isEqualTo(customer);
        String requestId = request.get("id").asText();
        assertThat(http.get("/v0/payinRequests/" + requestId).json()).isEqualTo(request);
        assertThat(http.get("/v0/payinRequests?reference=pr-1")
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(1);

        JsonNode target = http.target(customer, "tgt-1");
        assertThat(target.get("status").asText()).isEqualTo("pending");
        String targetId = target.get("id").asText();
        assertThat(http.get("/v0/payoutTargets/" + targetId).json()).isEqualTo(target);
        assertThat(http.get("/v0/payoutTargets?customerId=" + customer)
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(1);
        SimHttp.Answer inactive = http.post("/v0/payoutRequests", Map.of("payoutTargetId", targetId, "amount", 30_000));
        assertThat(inactive.status()).isEqualTo(400);
        assertThat(inactive.json().get("message").asText()).contains("payoutTargetId");

        sim.control().activatePayoutTarget(targetId);
        JsonNode payout = http.post("/v0/payoutRequests", Map.of("payoutTargetId", targetId, "amount", 30_000))
                .json();
        assertThat(payout.get("status").asText()).isEqualTo("processing");
        assertThat(payout.get("amountSent").asLong()).isEqualTo(30_000);
        assertThat(payout.get("sourceMerchantAccountId").asText()).isEqualTo("default");
        assertThat(payout.get("payoutTargetDetails").get("reference").asText()).isEqualTo("tgt-1");
        String payoutId = payout.get("id").asText();
        assertThat(http.get("/v0/payoutRequests/" + payoutId).json()).isEqualTo(payout);
        assertThat(http.get("/v0/payoutRequests?customerId=" + customer)
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void merchantAccountsAndSettlementPaths() {
        JsonNode accounts = http.get("/v0/merchantAccounts").json();
        assertThat(accounts.get("items").get(0).get("id").asText()).isEqualTo("default");
        JsonNode account = http.get("/v0/merchantAccounts/default").json();
        assertThat(account.get("type").asText()).isEqualTo("aggregator");
        assertThat(account.has("availableBalance")).isTrue();

        String customer = http.customer("c-settle");
        String link = http.link(customer, 10_000).get("id").asText();
        sim.control().approvePayinLink(link);
        String settlementId = sim.control().runSettlementCycle("default").get(0).id();
        for (String sub : List.of("settlements", "payinSettlements")) {
            JsonNode list = http.get("/v0/merchantAccounts/default/" + sub).json();
            assertThat(list.get("count").asInt()).isGreaterThanOrEqualTo(1);
            JsonNode one = http.get("/v0/merchantAccounts/default/" + sub + "/" + settlementId)
                    .json();
            assertThat(one.get("merchantAccountId").asText()).isEqualTo("default");
            assertThat(one.get("payinSettlementCycle").asInt()).isIn(11, 13, 16, 18, 20);
            assertThat(one.get("payinSettlementDate").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
        }
        assertThat(http.get("/v0/merchantAccounts/nope/settlements").status()).isEqualTo(404);
        assertThat(http.get("/v0/merchantAccounts/default/settlements/nope").status())
                .isEqualTo(404);
    }

    @Test
    void unauthorisedWithoutOrWithWrongBearer() {
        SimHttp.Answer none = new SimHttp(sim, null).get("/v0/customers");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("message").asText()).isNotBlank();
        assertThat(new SimHttp(sim, "wrong").get("/v0/customers").status()).isEqualTo(401);
        assertThat(new SimHttp(sim, "wrong").post("/v0/customers", Map.of()).status())
                .isEqualTo(401);
    }

    @Test
    void notFoundForUnknownIds() {
        for (String path : List.of(
                "customers",
                "payinLinks",
                "payinSources",
                "payinRequests",
                "payoutTargets",
                "payoutRequests",
                "merchantAccounts")) {
            SimHttp.Answer answer = http.get("/v0/" + path + "/01HPR57X6QR5ZRKEEKBSDBW4RA");
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.json().get("message").asText()).endsWith("not found");
        }
    }

    @Test
    void badRequestsNameTheField() {
        String customer = http.customer("c-400");
        Map<String, Object> good = new HashMap<>(Map.of(
                "name", "A", "documentType", "cc", "documentNumber", "1", "email", "a@b.co", "phoneNumber", "3"));
        for (String field : List.of("name", "documentType", "documentNumber", "email", "phoneNumber")) {
            Map<String, Object> body = new HashMap<>(good);
            body.remove(field);
            assertMessage(http.post("/v0/customers", body), field + " is required");
        }
        good.put("documentType", "xx");
        assertMessage(http.post("/v0/customers", good), "documentType must be one of cc, ce, nit (got 'xx')");
        assertMessage(http.post("/v0/customers", "{not json"), "not valid JSON");

        Map<String, Object> link = new HashMap<>(Map.of(
                "customerId",
                customer,
                "redirectUrl",
                "http://x",
                "amount",
                5000,
                "type",
                "general",
                "availableTypes",
                List.of("pse")));
        assertMessage(http.post("/v0/payinLinks", with(link, "amount", 1500)), "amount must be greater than 1500");
        assertMessage(http.post("/v0/payinLinks", with(link, "amount", 2_000_001)), "amount must be at most 2000000");
        assertMessage(
                http.post("/v0/payinLinks", with(link, "amount", 1500.5)),
                "amount must be a whole number of pesos (got 1500.5)");
        assertMessage(http.post("/v0/payinLinks", with(link, "amount", "5000")), "amount must be a number");
        assertMessage(http.post("/v0/payinLinks", with(link, "type", "cash")), "type must be one of");
        assertMessage(
                http.post("/v0/payinLinks", with(link, "availableTypes", List.of())),
                "availableTypes must be a non-empty array");
        assertMessage(
                http.post("/v0/payinLinks", with(link, "availableTypes", List.of("general"))),
                "availableTypes must be one of");
        assertMessage(http.post("/v0/payinLinks", with(link, "availableTypes", null)), "availableTypes is required");
        assertMessage(http.post("/v0/payinLinks", with(link, "customerId", "NOPE")), "customerId 'NOPE'");
        assertMessage(http.post("/v0/payinLinks", with(link, "redirectUrl", null)), "redirectUrl is required");
        assertMessage(
                http.post("/v0/payinLinks", with(link, "expiration", "2020-01-01T00:00:00")),
                "expiration must not be in the past");
        assertMessage(
                http.post("/v0/payinLinks", with(link, "expiration", "2999-01-01T00:00:00")),
                "expiration must be at most");
        assertMessage(
                http.post("/v0/payinLinks", with(link, "expiration", "tomorrow")),
                "expiration must be YYYY-MM-DDTHH:mm:ss");
        assertMessage(
                http.post("/v0/payinLinks", with(link, "targetMerchantAccountId", "acc9")),
                "targetMerchantAccountId 'acc9'");
        assertThat(http.post("/v0/payinLinks", with(with(link, "type", "pse"), "availableTypes", null))
                        .status())
                .isEqualTo(200);

        Map<String, Object> source = new HashMap<>(Map.of(
                "customerId",
                customer,
                "redirectUrl",
                "http://x",
                "type",
                "bankAccount",
                "bankAccount",
                Map.of("bank", "santander", "accountType", "savings", "accountNumber", "1")));
        assertMessage(
                http.post("/v0/payinSources", with(source, "type", "cash")),
                "type must be one of bancolombiaToken, bankAccount, nequiToken");
        assertMessage(http.post("/v0/payinSources", with(source, "bankAccount", null)), "bankAccount is required");
        assertMessage(
                http.post(
                        "/v0/payinSources",
                        with(
                                source,
                                "bankAccount",
                                Map.of("bank", "nobank", "accountType", "savings", "accountNumber", "1"))),
                "bankAccount.bank must be one of");
        assertMessage(
                http.post(
                        "/v0/payinSources",
                        with(
                                source,
                                "bankAccount",
                                Map.of("bank", "itau", "accountType", "cdt", "accountNumber", "1"))),
                "bankAccount.accountType must be one of checking, savings (got 'cdt')");
        assertMessage(
                http.post(
                        "/v0/payinSources",
                        with(source, "bankAccount", Map.of("bank", "itau", "accountType", "savings"))),
                "bankAccount.accountNumber is required");
        assertMessage(
                http.post("/v0/payoutTargets", with(source, "type", "nequiToken")), "type must be one of bankAccount");

        assertMessage(
                http.post("/v0/payinRequests", Map.of("payinSourceId", "NOPE", "amount", 5000)),
                "payinSourceId 'NOPE'");
        assertMessage(
                http.post("/v0/payinRequests", Map.of("payinSourceId", "NOPE", "amount", 1000)),
                "amount must be greater than 1000");
        assertMessage(
                http.post("/v0/payinRequests", Map.of("payinSourceId", "NOPE", "amount", 2_000_001)),
                "amount must be at most 2000000");
        assertMessage(
                http.post("/v0/payoutRequests", Map.of("payoutTargetId", "NOPE", "amount", 5000)),
                "payoutTargetId 'NOPE'");
        assertMessage(
                http.post("/v0/payoutRequests", Map.of("payoutTargetId", "NOPE", "amount", 5_000_001)),
                "amount must be at most 5000000");
        assertMessage(
                http.post("/v0/payoutRequests", Map.of("payoutTargetId", "NOPE", "amount", 1000)),
                "amount must be greater than 1000");
        assertMessage(http.get("/v0/customers?limit=0"), "limit must be from 1 to 100");
        assertMessage(http.get("/v0/customers?limit=101"), "limit must be from 1 to 100");
        assertMessage(http.get("/v0/customers?limit=abc"), "limit must be an integer");
        assertMessage(http.get("/v0/customers?cursor=zz"), "cursor");
    }

    @Test
    void cursorPaging() {
        for (int i = 0; i < 45; i++) {
            http.customer("paging");
        }
        JsonNode first = http.get("/v0/customers?reference=paging&limit=20").json();
        assertThat(first.get("count").asInt()).isEqualTo(20);
        JsonNode second = http.get("/v0/customers?reference=paging&limit=20&cursor="
                        + first.get("cursor").asText())
                .json();
        assertThat(second.get("count").asInt()).isEqualTo(20);
        JsonNode third = http.get("/v0/customers?reference=paging&limit=20&cursor="
                        + second.get("cursor").asText())
                .json();
        assertThat(third.get("count").asInt()).isEqualTo(5);
        assertThat(third.get("cursor").isNull()).isTrue();
        assertThat(first.get("items").get(19).get("id").asText())
                .isLessThan(second.get("items").get(0).get("id").asText());
        assertThat(http.get("/v0/customers?reference=paging")
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(20);
        assertThat(http.get("/v0/customers?reference=paging&limit=100")
                        .json()
                        .get("cursor")
                        .isNull())
                .isTrue();
    }

    private static Map<String, Object> with(Map<String, Object> base, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(field, value);
        return copy;
    }

    private static void assertMessage(SimHttp.Answer answer, String expected) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).contains(expected);
    }
}
