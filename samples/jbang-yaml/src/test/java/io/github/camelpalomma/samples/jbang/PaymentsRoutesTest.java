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
package io.github.camelpalomma.samples.jbang;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.camel.main.KameletMain;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs payments.camel.yaml as {@code camel run --dep=...} would. The component is not on this test's classpath: the
 * runtime resolves it by its coordinates. The test talks to the routes over HTTP only, signing its own webhooks with
 * HMAC-SHA256 as Palomma documents it.
 */
class PaymentsRoutesTest {

    static final String KEY = "sample-integrity-key";

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final int port = AvailablePortFinder.getNextAvailable();
    private final int simulatorPort = AvailablePortFinder.getNextAvailable();
    private final KameletMain main = CamelRun.of(System.getProperty("camel-palomma.gav"));
    private CompletableFuture<Void> running;

    @AfterEach
    void stop() throws Exception {
        main.stop();
        running.get(30, TimeUnit.SECONDS);
    }

    @Test
    void checkoutThenThePaymentArrivesAsAVerifiedWebhook() throws Exception {
        main.addOverrideProperty("camel.server.port", Integer.toString(port));
        main.addOverrideProperty("camel.component.palomma.integrityKey", KEY);
        main.addOverrideProperty("camel.component.palomma.simulatorPort", Integer.toString(simulatorPort));
        main.addOverrideProperty("camel.component.palomma.simulatorAutoComplete", "300ms");
        running = CompletableFuture.runAsync(() -> {
            try {
                main.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(60, TimeUnit.SECONDS)
                .until(() -> running.isDone()
                        || (main.getCamelContext() != null
                                && main.getCamelContext().isStarted()));
        assertThat(running).as("the routes started").isNotDone();

        HttpResponse<String> checkout =
                send(HttpRequest.newBuilder(URI.create(local("/checkout?orderId=A-1&amount=150000")))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
        assertThat(checkout.statusCode()).isEqualTo(200);
        assertThat(checkout.body()).startsWith("http://127.0.0.1:" + simulatorPort + "/");

        // the simulator pays the link by itself; its signed payin-link.update webhooks reach the route and are answered
        // 200
        Pattern approvedAnswered = Pattern.compile("\"eventType\":\"payin-link\\.update\"[^}]*\"statusCode\":200");
        await().atMost(30, TimeUnit.SECONDS)
                .until(() -> approvedAnswered
                                .matcher(simulatorDeliveries())
                                .results()
                                .count()
                        >= 2);

        // stamped now: envelopes older than the consumer's replayWindow are refused
        String event = "{\"webhookId\":\"T-1\",\"timestamp\":\"" + Instant.now()
                + "\",\"eventType\":\"payout-target.update\",\"event\":{\"id\":\"01TARGET\",\"status\":\"active\"}}";
        assertThat(webhook(event, KEY).statusCode()).isEqualTo(200);
        assertThat(webhook(event.replace("T-1", "T-2"), "not-the-key").statusCode())
                .isEqualTo(401);
    }

    private String simulatorDeliveries() throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simulatorPort + "/_simulator/deliveries"))
                        .build())
                .body();
    }

    private HttpResponse<String> webhook(String json, String key) throws Exception {
        String encoded = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal(encoded.getBytes(StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(URI.create(local("/palomma/webhooks")))
                .header("X-Encoded-Data", encoded)
                .header("X-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private String local(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
