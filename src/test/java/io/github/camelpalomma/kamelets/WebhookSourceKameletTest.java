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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.camel.CamelContext;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.PalommaConstants;
import io.github.camelpalomma.internal.Json;
import io.github.camelpalomma.support.PalommaTestSupport;
import io.github.camelpalomma.webhook.WebhookSignature;

import static org.assertj.core.api.Assertions.assertThat;

/** A YAML route using palomma-webhook-source, receiving signed deliveries over HTTP. */
class WebhookSourceKameletTest {

    static final String KEY = "test_integrity_key";
    static final String EVENT = "{\"webhookId\":\"01HQ0000000000000000000000\",\"timestamp\":\""
            + io.github.camelpalomma.support.Deliveries.TIMESTAMP + "\","
            + "\"eventType\":\"payin-request.update\",\"event\":{\"id\":\"01HPR83V7JBNJTKT303NTY3YGA\",\"status\":\"approved\"}}";

    final int port = AvailablePortFinder.getNextAvailable();
    final HttpClient http = HttpClient.newHttpClient();
    CamelContext context;

    @BeforeEach
    void start() throws Exception {
        context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    void route(String parameters) throws Exception {
        PalommaTestSupport.loadYaml(
                context,
                """
                - route:
                    from:
                      uri: "kamelet:palomma-webhook-source"
                      parameters:
                        integrityKey: "%s"
                        webhookPath: /hooks/palomma
                %s
                      steps:
                        - to: mock:events
                """
                        .formatted(KEY, parameters.indent(8).stripTrailing()));
    }

    HttpResponse<String> deliver(String json, String signature) throws Exception {
        String encoded = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hooks/palomma"))
                .header("Content-Type", "application/json")
                .header("X-Encoded-Data", encoded)
                .header("X-Signature", signature == null ? WebhookSignature.sign(KEY, encoded) : signature)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSignedDeliveryReachesTheSinkAsJsonWithItsHeaders() throws Exception {
        route("");
        MockEndpoint events = context.getEndpoint("mock:events", MockEndpoint.class);
        events.expectedMessageCount(1);
        events.expectedHeaderReceived(PalommaConstants.EVENT_TYPE, "payin-request.update");
        events.expectedHeaderReceived(PalommaConstants.WEBHOOK_ID, "01HQ0000000000000000000000");

        assertThat(deliver(EVENT, null).statusCode()).isEqualTo(200);

        events.assertIsSatisfied();
        String body = events.getExchanges().get(0).getMessage().getBody(String.class);
        assertThat(Json.reader().readTree(body).path("event").path("status").asText())
                .isEqualTo("approved");
    }

    @Test
    void aWrongSignatureIsRefusedAndNeverReachesTheSink() throws Exception {
        route("");
        MockEndpoint events = context.getEndpoint("mock:events", MockEndpoint.class);
        events.expectedMessageCount(0);

        assertThat(deliver(EVENT, "00" + WebhookSignature.sign(KEY, "x").substring(2))
                        .statusCode())
                .isEqualTo(401);

        events.assertIsSatisfied();
    }

    @Test
    void eventTypesFiltersWhatReachesTheSink() throws Exception {
        route("eventTypes: payout-request.update");
        MockEndpoint events = context.getEndpoint("mock:events", MockEndpoint.class);
        events.expectedMessageCount(0);

        assertThat(deliver(EVENT, null).statusCode()).isEqualTo(200);

        events.assertIsSatisfied();
    }
}
