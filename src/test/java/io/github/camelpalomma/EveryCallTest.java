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

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelpalomma.internal.Json;
import io.github.camelpalomma.model.Customer;
import io.github.camelpalomma.model.MerchantAccount;
import io.github.camelpalomma.model.Page;
import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.model.PayinRequest;
import io.github.camelpalomma.model.PayinSettlement;
import io.github.camelpalomma.model.PayinSource;
import io.github.camelpalomma.model.PayoutRequest;
import io.github.camelpalomma.model.PayoutTarget;
import io.github.camelpalomma.support.RecordingPalomma;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each of the 22 Palomma calls, from a Java DSL route and from a YAML route, over real HTTP: the request on the wire (method,
 * path, bearer key, JSON body) and the typed answer.
 */
class EveryCallTest {

    static RecordingPalomma palomma;
    static CamelContext context;

    static final String CUSTOMER = "{\"reference\":\"cust-1\",\"name\":\"Pepito Perez\",\"documentType\":\"cc\","
            + "\"documentNumber\":\"1037551022\",\"email\":\"pepito@gmail.com\",\"phoneNumber\":\"3013111111\"}";
    static final String LINK = "{\"reference\":\"order-1\",\"description\":\"Order 1\","
            + "\"customerId\":\"01HPR57X6QR5ZRKEEKBSDBW4RA\",\"redirectUrl\":\"http://merchant.com/checkout\","
            + "\"amount\":100000,\"type\":\"general\",\"availableTypes\":[\"pse\",\"nequiButton\"],"
            + "\"expiration\":\"2024-02-17T23:59:59\",\"targetMerchantAccountId\":\"default\"}";
    static final String SOURCE = "{\"reference\":\"src-1\",\"customerId\":\"01HPR57X6QR5ZRKEEKBSDBW4RA\","
            + "\"redirectUrl\":\"http://merchant.com/done\",\"type\":\"bankAccount\",\"bankAccount\":{\"bank\":\"santander\","
            + "\"accountType\":\"savings\",\"accountNumber\":\"12345678901\"},\"partialPayinsEnabled\":false}";
    static final String PAYIN_REQUEST =
            "{\"reference\":\"rent-2024-02\",\"payinSourceId\":\"01HPR7A40E44S0WDR189YXA8GH\"," + "\"amount\":250000}";
    static final String TARGET = "{\"reference\":\"tgt-1\",\"description\":\"Landlord account\","
            + "\"customerId\":\"01HPR57X6QR5ZRKEEKBSDBW4RA\",\"redirectUrl\":\"http://merchant.com/done\","
            + "\"type\":\"bankAccount\",\"bankAccount\":{\"bank\":\"bancolombia\",\"accountType\":\"checking\","
            + "\"accountNumber\":\"99887766\"}}";
    static final String PAYOUT = "{\"reference\":\"payout-1\",\"payoutTargetId\":\"01HPR8S7YF43PV3QV16TZDC80P\","
            + "\"amount\":300000,\"sourceMerchantAccountId\":\"default\"}";

    record Case(
            String resource,
            String operation,
            String method,
            String path,
            String body,
            Map<String, Object> headers,
            Class<?> model) {
        @Override
        public String toString() {
            return resource + " " + operation;
        }
    }

    static List<Case> cases() {
        Map<String, Object> id = Map.of(PalommaConstants.ID, "01HPR5TEDFKT498V8CYY3RPCXP");
        Map<String, Object> account = Map.of(PalommaConstants.MERCHANT_ACCOUNT_ID, "default");
        return List.of(
                new Case("customers", "create", "POST", "/v0/customers", CUSTOMER, Map.of(), Customer.class),
                new Case("customers", "list", "GET", "/v0/customers", null, Map.of(), Customer.class),
                new Case(
                        "customers",
                        "get",
                        "GET",
                        "/v0/customers/01HPR5TEDFKT498V8CYY3RPCXP",
                        null,
                        id,
                        Customer.class),
                new Case("payinLinks", "create", "POST", "/v0/payinLinks", LINK, Map.of(), PayinLink.class),
                new Case("payinLinks", "list", "GET", "/v0/payinLinks", null, Map.of(), PayinLink.class),
                new Case(
                        "payinLinks",
                        "get",
                        "GET",
                        "/v0/payinLinks/01HPR5TEDFKT498V8CYY3RPCXP",
                        null,
                        id,
                        PayinLink.class),
                new Case("payinSources", "create", "POST", "/v0/payinSources", SOURCE, Map.of(), PayinSource.class),
                new Case("payinSources", "list", "GET", "/v0/payinSources", null, Map.of(), PayinSource.class),
                new Case(
                        "payinSources",
                        "get",
                        "GET",
                        "/v0/payinSources/01HPR5TEDFKT498V8CYY3RPCXP",
                        null,
                        id,
                        PayinSource.class),
                new Case(
                        "payinRequests",
                        "create",
                        "POST",
                        "/v0/payinRequests",
                        PAYIN_REQUEST,
                        Map.of(),
                        PayinRequest.class),
                new Case("payinRequests", "list", "GET", "/v0/payinRequests", null, Map.of(), PayinRequest.class),
                new Case(
                        "payinRequests",
                        "get",
                        "GET",
                        "/v0/payinRequests/01HPR5TEDFKT498V8CYY3RPCXP",
                        null,
                        id,
                        PayinRequest.class),
                new Case("payoutTargets", "create", "POST", "/v0/payoutTargets", TARGET, Map.of(), PayoutTarget.class),
                new Case("payoutTargets", "list", "GET", "/v0/payoutTargets", null, Map.of(), PayoutTarget.class),
                new Case(
                        "payoutTargets",
                        "get",
                        "GET",
                        "/v0/payoutTargets/01HPR5TEDFKT498V8CYY3RPCXP",
                        null,
                        id,
                        PayoutTarget.class),
                new Case(
                        "payoutRequests",
                        "create",
                        "POST",
                        "/v0/payoutRequests",
                        PAYOUT,
                        Map.of(),
                        PayoutRequest.class),
                new Case("payoutRequests", "list", "GET", "/v0/payoutRequests", null, Map.of(), PayoutRequest.class),
                new Case(
                        "payoutRequests",
                        "get",
                        "GET",
                        "/v0/payoutRequests/01HPR5TEDFKT498V8CYY3RPCXP",
                        null,
                        id,
                        PayoutRequest.class),
                new Case(
                        "merchantAccounts",
                        "list",
                        "GET",
                        "/v0/merchantAccounts",
                        null,
                        Map.of(),
                        MerchantAccount.class),
                new Case(
                        "merchantAccounts",
                        "get",
                        "GET",
                        "/v0/merchantAccounts/01HPR5TEDFKT498V8CYY3RPCXP",
                        null,
                        id,
                        MerchantAccount.class),
                new Case(
                        "payinSettlements",
                        "list",
                        "GET",
                        "/v0/merchantAccounts/default/settlements",
                        null,
                        account,
                        PayinSettlement.class),
                new Case(
                        "payinSettlements",
                        "get",
                        "GET",
                        "/v0/merchantAccounts/default/settlements/01HPR5TEDFKT498V8CYY3RPCXP",
                        null,
                        Map.of(
                                PalommaConstants.MERCHANT_ACCOUNT_ID,
                                "default",
                                PalommaConstants.ID,
                                "01HPR5TEDFKT498V8CYY3RPCXP"),
                        PayinSettlement.class));
    }

    static Stream<Arguments> javaAndYaml() {
        return cases().stream().flatMap(c -> Stream.of(Arguments.of("java", c), Arguments.of("yaml", c)));
    }

    @BeforeAll
    static void start() throws Exception {
        palomma = new RecordingPalomma();
        context = new DefaultCamelContext();
        context.getPropertiesComponent().addInitialProperty("palomma.url", palomma.baseUrl());
        context.start();
    }

    @AfterAll
    static void stop() {
        context.stop();
        palomma.close();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("javaAndYaml")
    void callGoesOutAsDocumentedAndAnswersTheTypedModel(String dsl, Case c) throws Exception {
        String from = "direct:" + dsl + "-" + c.resource() + "-" + c.operation();
        String to = "palomma:" + c.resource() + "?operation=" + c.operation()
                + "&apiKey=test-key-123&baseUrl={{palomma.url}}";
        if (dsl.equals("java")) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(from).to(to);
                }
            });
        } else {
            String yaml = "- route:\n    from:\n      uri: \"" + from
                    + "\"\n      steps:\n        - to:\n            uri: \"" + to + "\"\n";
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("call.yaml", yaml));
        }
        int before = palomma.requests().size();

        Object answer = context.createProducerTemplate().requestBodyAndHeaders(from, c.body(), c.headers());

        assertThat(palomma.requests()).hasSize(before + 1);
        RecordingPalomma.Recorded sent = palomma.last();
        assertThat(sent.method()).isEqualTo(c.method());
        assertThat(sent.path()).isEqualTo(c.path());
        assertThat(sent.header("Authorization")).isEqualTo("Bearer test-key-123");
        if (c.body() != null) {
            assertThat(sent.header("Content-Type")).startsWith("application/json");
            JsonNode expected = Json.reader().readTree(c.body());
            assertThat(Json.reader().readTree(sent.body())).isEqualTo(expected);
        } else {
            assertThat(sent.body()).isEmpty();
        }
        if (c.operation().equals("list")) {
            assertThat(answer).isInstanceOf(Page.class);
            Page<?> page = (Page<?>) answer;
            assertThat(page.items()).hasSize(1).first().isInstanceOf(c.model());
            assertThat(page.hasMore()).isFalse();
        } else {
            assertThat(answer).isInstanceOf(c.model());
            String fixtureId = Json.reader()
                    .readTree(RecordingPalomma.fixture(c.resource()))
                    .get("id")
                    .asText();
            assertThat(Json.valueToTree(answer).get("id").asText()).isEqualTo(fixtureId);
        }
    }
}
