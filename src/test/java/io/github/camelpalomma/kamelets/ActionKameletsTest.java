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
package io.github.camelpalomma.kamelets;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelpalomma.PalommaConstants;
import io.github.camelpalomma.api.PalommaApiException;
import io.github.camelpalomma.internal.Json;
import io.github.camelpalomma.support.PalommaTestSupport;
import io.github.camelpalomma.support.RecordingPalomma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** YAML routes using the action Kamelets shipped in the jar (found on classpath:kamelets), over real HTTP. */
class ActionKameletsTest {

    static final String LINK = "{\"reference\":\"order-1\",\"customerId\":\"01HPR57X6QR5ZRKEEKBSDBW4RA\","
            + "\"redirectUrl\":\"http://merchant.com/checkout\",\"amount\":100000,\"type\":\"general\","
            + "\"availableTypes\":[\"pse\",\"nequiButton\"]}";
    static final String PAYOUT =
            "{\"reference\":\"payout-1\",\"payoutTargetId\":\"01HPR8S7YF43PV3QV16TZDC80P\"," + "\"amount\":300000}";

    RecordingPalomma palomma;
    CamelContext context;

    @BeforeEach
    void start() {
        palomma = new RecordingPalomma();
        context = new DefaultCamelContext();
        context.getPropertiesComponent().addInitialProperty("palomma.url", palomma.baseUrl());
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        palomma.close();
    }

    void route(String from, String kamelet, String parameters) throws Exception {
        PalommaTestSupport.loadYaml(
                context,
                """
                - route:
                    from:
                      uri: "direct:%s"
                      steps:
                        - to:
                            uri: "kamelet:%s"
                            parameters:
                              apiKey: test-key-123
                %s
                """
                        .formatted(from, kamelet, parameters.indent(14).stripTrailing()));
    }

    JsonNode send(String from, String body, Map<String, Object> headers) throws Exception {
        Object answer = context.createProducerTemplate().requestBodyAndHeaders("direct:" + from, body, headers);
        return Json.reader().readTree(context.getTypeConverter().mandatoryConvertTo(String.class, answer));
    }

    @Test
    void createPayinLinkPostsTheJsonAndAnswersTheLinkAsJson() throws Exception {
        route("link", "palomma-create-payin-link-action", "baseUrl: \"{{palomma.url}}\"");

        // a stray operation header from upstream must not turn the create into something else
        JsonNode answer = send("link", LINK, Map.of(PalommaConstants.OPERATION, "list"));

        RecordingPalomma.Recorded sent = palomma.last();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v0/payinLinks");
        assertThat(sent.header("Authorization")).isEqualTo("Bearer test-key-123");
        assertThat(Json.reader().readTree(sent.body())).isEqualTo(Json.reader().readTree(LINK));
        assertThat(answer.get("id").asText()).isEqualTo(fixtureId("payinLinks"));
        assertThat(answer.has("paymentUrl")).isTrue();
    }

    @Test
    void createPayoutRequestPostsTheJsonAndAnswersTheRequestAsJson() throws Exception {
        route("payout", "palomma-create-payout-request-action", "baseUrl: \"{{palomma.url}}\"");

        JsonNode answer = send("payout", PAYOUT, Map.of());

        assertThat(palomma.last().method()).isEqualTo("POST");
        assertThat(palomma.last().path()).isEqualTo("/v0/payoutRequests");
        assertThat(Json.reader().readTree(palomma.last().body()))
                .isEqualTo(Json.reader().readTree(PAYOUT));
        assertThat(answer.get("id").asText()).isEqualTo(fixtureId("payoutRequests"));
        assertThat(answer.get("status").asText()).isNotBlank();
    }

    @Test
    void getReadsTheResourceNamedByItsParameters() throws Exception {
        route(
                "customer",
                "palomma-get-action",
                "resource: customers\nid: 01HPR57X6QR5ZRKEEKBSDBW4RA\nbaseUrl: \"{{palomma.url}}\"");

        JsonNode answer = send("customer", null, Map.of(PalommaConstants.ID, "somebody-else"));

        assertThat(palomma.last().method()).isEqualTo("GET");
        assertThat(palomma.last().path()).isEqualTo("/v0/customers/01HPR57X6QR5ZRKEEKBSDBW4RA");
        assertThat(answer.get("name").asText()).isEqualTo("Pepito Perez");
    }

    @Test
    void getOfASettlementUsesTheMerchantAccount() throws Exception {
        route(
                "settlement",
                "palomma-get-action",
                "resource: payinSettlements\nid: 01HPR5TEDFKT498V8CYY3RPCXP\nmerchantAccountId: default\n"
                        + "baseUrl: \"{{palomma.url}}\"");

        send("settlement", null, Map.of());

        assertThat(palomma.last().path())
                .isEqualTo("/v0/merchantAccounts/default/settlements/01HPR5TEDFKT498V8CYY3RPCXP");
    }

    @Test
    void anApiErrorReachesTheRouteTyped() throws Exception {
        route("missing", "palomma-get-action", "resource: payinLinks\nid: nope\nbaseUrl: \"{{palomma.url}}\"");
        palomma.enqueue(RecordingPalomma.Answer.of(404, "{\"message\":\"Payin link not found\"}"));

        assertThatThrownBy(() -> send("missing", null, Map.of()))
                .isInstanceOf(CamelExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(PalommaApiException.class, e -> assertThat(e.getHttpStatus())
                        .isEqualTo(404));
    }

    @Test
    void withoutBaseUrlTheEnvironmentDecides() throws Exception {
        route("prod", "palomma-create-payin-link-action", "environment: production");

        assertThat(context.getEndpoints()).anySatisfy(e -> {
            assertThat(e.getEndpointUri())
                    .startsWith("palomma://payinLinks")
                    .contains("environment=production")
                    .doesNotContain("baseUrl");
        });
    }

    static String fixtureId(String resource) throws Exception {
        return Json.reader()
                .readTree(RecordingPalomma.fixture(resource))
                .get("id")
                .asText();
    }
}
