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

import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.camelpalomma.api.PalommaValidationException;
import io.github.camelpalomma.support.PalommaTestSupport;
import io.github.camelpalomma.support.RecordingPalommaTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input is refused before any request, naming the field, the value's problem and the rule. */
class ValidationTest extends RecordingPalommaTestSupport {

    static final String CUSTOMER = "\"customerId\":\"C1\",\"redirectUrl\":\"https://x.example/r\"";
    static final String BANK =
            "\"bankAccount\":{\"bank\":\"santander\",\"accountType\":\"savings\",\"accountNumber\":\"1\"}";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call")
                        .toD("palomma:${header.resource}?operation=${header.op}&apiKey=k&baseUrl=" + palomma.baseUrl());
            }
        };
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of(
                        "customers",
                        "{\"name\":\"Ana\",\"documentType\":\"cc\",\"documentNumber\":\"1\",\"email\":\"a@b.co\"}",
                        "phoneNumber",
                        "phoneNumber is missing: it is required"),
                Arguments.of(
                        "customers",
                        "{\"name\":\"Ana\",\"documentType\":\"passport\",\"documentNumber\":\"1\","
                                + "\"email\":\"a@b.co\",\"phoneNumber\":\"3001234567\"}",
                        "documentType",
                        "documentType is not an allowed value (got 'passport'): it must be one of cc, ce, nit"),
                Arguments.of(
                        "payinLinks",
                        "{" + CUSTOMER + ",\"amount\":1500.5,\"type\":\"general\",\"availableTypes\":[\"pse\"]}",
                        "amount",
                        "amount is not a whole number of pesos (got 1500.5): Palomma amounts are whole Colombian "
                                + "pesos; fractions are rejected, never rounded"),
                Arguments.of(
                        "payinLinks",
                        "{" + CUSTOMER + ",\"amount\":1500,\"type\":\"general\",\"availableTypes\":[\"pse\"]}",
                        "amount",
                        "amount is too small (got 1500): a payin link amount must be greater than 1500 pesos"),
                Arguments.of(
                        "payinLinks",
                        "{" + CUSTOMER + ",\"amount\":2000001,\"type\":\"pse\"}",
                        "amount",
                        "amount is too large (got 2000001): a payin link amount may be at most 2000000 pesos"),
                Arguments.of(
                        "payinLinks",
                        "{" + CUSTOMER + ",\"amount\":\"5000\",\"type\":\"pse\"}",
                        "amount",
                        "amount is not a number (got \"5000\")"),
                Arguments.of(
                        "payinLinks",
                        "{" + CUSTOMER + ",\"amount\":5000,\"type\":\"bitcoin\"}",
                        "type",
                        "type is not an allowed value (got 'bitcoin'): it must be one of bancolombiaButton, "
                                + "bancolombiaCollect, card, general, nequiButton, pse"),
                Arguments.of(
                        "payinLinks",
                        "{" + CUSTOMER + ",\"amount\":5000,\"type\":\"general\"}",
                        "availableTypes",
                        "availableTypes is missing or empty"),
                Arguments.of(
                        "payinLinks",
                        "{" + CUSTOMER + ",\"amount\":5000,\"type\":\"general\",\"availableTypes\":[\"general\"]}",
                        "availableTypes",
                        "availableTypes holds a value that is not allowed (got \"general\")"),
                Arguments.of(
                        "payinLinks",
                        "{" + CUSTOMER + ",\"amount\":5000,\"type\":\"pse\",\"expiration\":\"2026-12-31\"}",
                        "expiration",
                        "expiration has the wrong format (got '2026-12-31'): it must be YYYY-MM-DDTHH:mm:ss"),
                Arguments.of(
                        "payinSources",
                        "{" + CUSTOMER + ",\"type\":\"bankAccount\",\"bankAccount\":{\"bank\":\"bank-of-mars\","
                                + "\"accountType\":\"savings\",\"accountNumber\":\"1\"}}",
                        "bankAccount.bank",
                        "bankAccount.bank is not an allowed value (got 'bank-of-mars')"),
                Arguments.of(
                        "payinSources",
                        "{" + CUSTOMER + ",\"type\":\"bankAccount\",\"bankAccount\":{\"bank\":\"santander\","
                                + "\"accountType\":\"current\",\"accountNumber\":\"1\"}}",
                        "bankAccount.accountType",
                        "bankAccount.accountType is not an allowed value (got 'current'): it must "
                                + "be one of checking, savings"),
                Arguments.of(
                        "payoutTargets",
                        "{" + CUSTOMER + ",\"type\":\"bankAccount\"}",
                        "bankAccount",
                        "bankAccount is missing: it is required"),
                Arguments.of(
                        "payinRequests",
                        "{\"payinSourceId\":\"S1\",\"amount\":1000}",
                        "amount",
                        "amount is too small (got 1000): a payin request amount must be greater than 1000 pesos"),
                Arguments.of(
                        "payoutRequests",
                        "{\"payoutTargetId\":\"T1\",\"amount\":5000001}",
                        "amount",
                        "amount is too large (got 5000001): a payout request amount may be at most 5000000 pesos"),
                Arguments.of(
                        "payoutRequests",
                        "{\"amount\":5000}",
                        "payoutTargetId",
                        "payoutTargetId is missing: it is required"),
                Arguments.of(
                        "payoutRequests",
                        "{\"payoutTargetId\":\"T1\",\"amount\":5000,\""
                                + "x\":1}".replace("x", "reference").replace("1}", "7}"),
                        "reference",
                        "reference is not a string (got 7): it must be text"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badRequests")
    void refusedBeforeAnyRequest(String resource, String body, String field, String message) {
        assertThatThrownBy(() -> template.requestBodyAndHeaders(
                        "direct:call", body, Map.of("resource", resource, "op", "create")))
                .isInstanceOf(CamelExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(PalommaValidationException.class, e -> assertThat(e.getField())
                        .isEqualTo(field))
                .hasMessageStartingWith(message);
        assertThat(palomma.requests()).isEmpty();
    }

    @Test
    void fractionalAmountFromAMapIsRejectedNotTruncated() {
        Map<String, Object> link =
                Map.of("customerId", "C1", "redirectUrl", "https://x.example/r", "amount", 25000.75, "type", "pse");
        assertThatThrownBy(() -> template.requestBodyAndHeaders(
                        "direct:call", link, Map.of("resource", "payinLinks", "op", "create")))
                .cause()
                .isInstanceOf(PalommaValidationException.class)
                .hasMessageContaining("amount is not a whole number of pesos (got 25000.75)");
        assertThat(palomma.requests()).isEmpty();
    }

    @Test
    void wholeAmountWrittenWithADecimalPointIsAccepted() {
        template.requestBodyAndHeaders(
                "direct:call",
                "{" + CUSTOMER + ",\"amount\":25000.0,\"type\":\"pse\"}",
                Map.of("resource", "payinLinks", "op", "create"));
        assertThat(palomma.requests()).hasSize(1);
    }

    @Test
    void getWithoutAnIdIsRefused() {
        assertThatThrownBy(() -> template.requestBodyAndHeaders(
                        "direct:call", (Object) null, Map.of("resource", "payinLinks", "op", "get")))
                .cause()
                .isInstanceOfSatisfying(PalommaValidationException.class, e -> assertThat(e.getField())
                        .isEqualTo("id"))
                .hasMessage("id is missing: payinLinks get needs it (header CamelPalommaId or option id)");
        assertThat(palomma.requests()).isEmpty();
    }

    @Test
    void yamlRouteUserSeesTheRuleNotJacksonInternals() throws Exception {
        PalommaTestSupport.loadYaml(
                context,
                """
                - route:
                    from:
                      uri: direct:yaml-link
                      steps:
                        - setBody:
                            constant: '{"customerId":"C1","redirectUrl":"https://x.example/r","amount":1500.5,"type":"pse"}'
                        - doTry:
                            steps:
                              - to:
                                  uri: palomma:payinLinks
                                  parameters:
                                    operation: create
                                    apiKey: k
                                    baseUrl: "%s"
                            doCatch:
                              - exception:
                                  - io.github.camelpalomma.api.PalommaValidationException
                                steps:
                                  - setBody:
                                      simple: "${exception.message}"
                """
                        .formatted(palomma.baseUrl()));

        String answer = template.requestBody("direct:yaml-link", null, String.class);

        assertThat(answer)
                .isEqualTo("amount is not a whole number of pesos (got 1500.5): Palomma amounts are whole Colombian "
                        + "pesos; fractions are rejected, never rounded");
        assertThat(palomma.requests()).isEmpty();
    }
}
