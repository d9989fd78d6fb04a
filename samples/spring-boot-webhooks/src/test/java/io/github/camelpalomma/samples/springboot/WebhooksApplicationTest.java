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
package io.github.camelpalomma.samples.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.camelpalomma.webhook.WebhookSignature;

import static org.assertj.core.api.Assertions.assertThat;

/** Signed deliveries, as Palomma sends them, to the application's own servlet engine on a random port. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "palomma.integrityKey=" + WebhooksApplicationTest.KEY)
class WebhooksApplicationTest {

    static final String KEY = "sample-integrity-key";

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Autowired
    PaidOrders paidOrders;

    @Test
    void aSignedApprovalMarksTheOrderPaid() throws Exception {
        HttpResponse<String> answer = deliver(approvedLink("W-1", "order-77"), KEY);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(paidOrders.isPaid("order-77")).isTrue();
    }

    @Test
    void aForgedDeliveryIsRefusedAndNeverReachesTheRoute() throws Exception {
        HttpResponse<String> answer = deliver(approvedLink("W-2", "order-78"), "someone-else's-key");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(paidOrders.isPaid("order-78")).isFalse();
    }

    private static String approvedLink(String webhookId, String reference) {
        return "{\"webhookId\":\"" + webhookId
                + "\",\"timestamp\":\"" + Instant.now() + "\",\"eventType\":\"payin-link.update\","
                + "\"event\":{\"id\":\"01LINK" + webhookId + "\",\"reference\":\"" + reference
                + "\",\"status\":\"approved\","
                + "\"amount\":150000,\"amountCollected\":150000}}";
    }

    private HttpResponse<String> deliver(String json, String key) throws Exception {
        String encoded = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/palomma/webhooks"))
                .header("Content-Type", "application/json")
                .header("X-Encoded-Data", encoded)
                .header("X-Signature", WebhookSignature.sign(key, encoded))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
