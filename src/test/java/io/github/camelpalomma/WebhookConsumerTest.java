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

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.model.PayoutRequest;
import io.github.camelpalomma.support.Deliveries;
import io.github.camelpalomma.support.RecordingPalomma;
import io.github.camelpalomma.webhook.PalommaWebhookEvent;
import io.github.camelpalomma.webhook.WebhookCounters;
import io.github.camelpalomma.webhook.WebhookSignature;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook consumer over real HTTP on Camel's platform-http (Vert.x) server. */
class WebhookConsumerTest extends CamelTestSupport {

    static final String KEY = "integrity-key-1";
    static final String OLD_KEY = "integrity-key-0";
    static final String LINK = RecordingPalomma.fixture("payinLinks");

    Deliveries palomma;
    final Map<String, AtomicInteger> processed = new ConcurrentHashMap<>();
    final AtomicInteger failuresToInject = new AtomicInteger();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        palomma = Deliveries.receiving(context, OLD_KEY + "," + KEY);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("palomma:payinLinks?maxBodySize=2048" + mode())
                        .routeId("links")
                        .process(e -> {
                            if (failuresToInject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                                throw new IllegalStateException("downstream system unavailable");
                            }
                            processed
                                    .computeIfAbsent(
                                            e.getMessage().getHeader(PalommaConstants.WEBHOOK_ID, String.class),
                                            k -> new AtomicInteger())
                                    .incrementAndGet();
                        })
                        .to("mock:links");
                from("palomma:webhooks?eventTypes=payout-request.update,brand-new.update" + mode())
                        .routeId("payouts")
                        .to("mock:payouts");
            }
        };
    }

    /** Extra consumer options: the event-loop variant runs every test again in that mode. */
    protected String mode() {
        return "";
    }

    private WebhookCounters counters() {
        return context.getComponent("palomma", PalommaComponent.class).webhookCounters("/palomma/webhooks");
    }

    @Test
    void verifiedDeliveryReachesTheRouteTypedWithHeaders() throws Exception {
        MockEndpoint links = getMockEndpoint("mock:links");
        links.expectedMessageCount(1);

        HttpResponse<String> answer = palomma.signed(Deliveries.envelope("WH1", "payin-link.update", LINK), KEY);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().map().keySet()).doesNotContain("x-encoded-data", "x-signature", "X-Encoded-Data");
        links.assertIsSatisfied();
        var message = links.getExchanges().get(0).getMessage();
        PalommaWebhookEvent event = message.getBody(PalommaWebhookEvent.class);
        assertThat(event.eventAs(PayinLink.class).amount()).isEqualTo(100_000L);
        assertThat(event.status()).isEqualTo("pending");
        assertThat(message.getHeaders())
                .containsEntry(PalommaConstants.WEBHOOK_ID, "WH1")
                .containsEntry(PalommaConstants.EVENT_TYPE, "payin-link.update")
                .containsEntry(PalommaConstants.WEBHOOK_TIMESTAMP, Deliveries.TIMESTAMP)
                .doesNotContainKey("X-Signature");
        getMockEndpoint("mock:payouts").expectedMessageCount(0);
        getMockEndpoint("mock:payouts").assertIsSatisfied();
    }

    @Test
    void everyRefusalIsAnsweredAndCountedAndNeverReachesARoute() throws Exception {
        String json = Deliveries.envelope("WH2", "payin-link.update", LINK);
        String encoded = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));

        assertThat(palomma.post(json, encoded, null).statusCode()).isEqualTo(401);
        assertThat(palomma.post(json, null, WebhookSignature.sign(KEY, encoded)).statusCode())
                .isEqualTo(401);
        assertThat(palomma.post(json, encoded, WebhookSignature.sign("someone-else", encoded))
                        .statusCode())
                .isEqualTo(401);
        assertThat(palomma.post(json, encoded + "x", WebhookSignature.sign(KEY, encoded))
                        .statusCode())
                .isEqualTo(401);
        String notBase64 = "%%%not-base64%%%";
        assertThat(palomma.post(json, notBase64, WebhookSignature.sign(KEY, notBase64))
                        .statusCode())
                .isEqualTo(400);
        String noId =
                Base64.getEncoder().encodeToString("{\"eventType\":\"payin-link.update\",\"event\":{}}".getBytes());
        assertThat(palomma.post(json, noId, WebhookSignature.sign(KEY, noId)).statusCode())
                .isEqualTo(400);
        String array = Base64.getEncoder().encodeToString("[1,2]".getBytes());
        assertThat(palomma.post(json, array, WebhookSignature.sign(KEY, array)).statusCode())
                .isEqualTo(400);
        assertThat(palomma.get().statusCode()).isEqualTo(405);
        String big = Deliveries.envelope("WH3", "payin-link.update", LINK.replace("Order 1", "x".repeat(2000)));
        assertThat(palomma.signed(big, KEY).statusCode()).isEqualTo(413);

        Map<String, Long> seen = counters().snapshot();
        assertThat(seen)
                .containsEntry("rejected", 4L)
                .containsEntry("malformed", 3L)
                .containsEntry("wrongMethod", 1L)
                .containsEntry("tooLarge", 1L)
                .containsEntry("processed", 0L);
        getMockEndpoint("mock:links").expectedMessageCount(0);
        getMockEndpoint("mock:links").assertIsSatisfied();
    }

    @Test
    void rotatedKeysAndBase64SignaturesAreAccepted() {
        String json = Deliveries.envelope("WH4", "payin-link.update", LINK);
        String encoded = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));

        assertThat(palomma.signed(json, OLD_KEY).statusCode()).isEqualTo(200);
        String json2 = Deliveries.envelope("WH5", "payin-link.update", LINK);
        String encoded2 = Base64.getEncoder().encodeToString(json2.getBytes(StandardCharsets.UTF_8));
        assertThat(palomma.post(json2, encoded2, WebhookSignature.signBase64(KEY, encoded2))
                        .statusCode())
                .isEqualTo(200);
        assertThat(palomma.post(
                                json,
                                encoded,
                                WebhookSignature.sign(KEY, encoded).toUpperCase())
                        .statusCode())
                .isEqualTo(200);
        assertThat(processed).containsOnlyKeys("WH4", "WH5");
    }

    @Test
    void failedRouteAnswers500AndTheRedeliveryIsProcessedOnce() {
        failuresToInject.set(1);
        String json = Deliveries.envelope("WH6", "payin-link.update", LINK);

        assertThat(palomma.signed(json, KEY).statusCode()).isEqualTo(500);
        assertThat(processed).doesNotContainKey("WH6");
        assertThat(palomma.signed(json, KEY).statusCode()).isEqualTo(200);
        assertThat(palomma.signed(json, KEY).statusCode()).isEqualTo(200);

        assertThat(processed.get("WH6").get()).isEqualTo(1);
        assertThat(counters().snapshot())
                .containsEntry("failed", 1L)
                .containsEntry("processed", 1L)
                .containsEntry("duplicates", 1L);
    }

    @Test
    void eventTypesAreRoutedByResourceAndFilterAndUnknownTypesArriveUntyped() throws Exception {
        MockEndpoint payouts = getMockEndpoint("mock:payouts");
        payouts.expectedMessageCount(2);
        String payout = RecordingPalomma.fixture("payoutRequests");

        assertThat(palomma.signed(Deliveries.envelope("WH7", "payout-request.update", payout), KEY)
                        .statusCode())
                .isEqualTo(200);
        assertThat(palomma.signed(
                                Deliveries.envelope("WH8", "brand-new.update", "{\"id\":\"N1\",\"status\":\"new\"}"),
                                KEY)
                        .statusCode())
                .isEqualTo(200);
        assertThat(palomma.signed(Deliveries.envelope("WH9", "payin-source.update", "{\"id\":\"S1\"}"), KEY)
                        .statusCode())
                .isEqualTo(200);

        payouts.assertIsSatisfied();
        assertThat(payouts.getExchanges()
                        .get(0)
                        .getMessage()
                        .getBody(PalommaWebhookEvent.class)
                        .event())
                .isInstanceOf(PayoutRequest.class);
        PalommaWebhookEvent unknown = payouts.getExchanges().get(1).getMessage().getBody(PalommaWebhookEvent.class);
        assertThat(unknown.isTyped()).isFalse();
        assertThat(unknown.resourceId()).isEqualTo("N1");
        assertThat(unknown.status()).isEqualTo("new");
        assertThat(processed).isEmpty();
        assertThat(counters().snapshot()).containsEntry("unrouted", 1L);
    }

    @Test
    void concurrentDeliveriesWithDuplicatesAreProcessedExactlyOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 134; i++) {
            ids.add("C" + i);
        }
        List<String> sends = new ArrayList<>(ids);
        sends.addAll(ids.subList(0, 66));
        java.util.Collections.shuffle(sends, new java.util.Random(7));
        assertThat(sends).hasSize(200);

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String id : sends) {
            // a delivery whose twin is still in flight gets 503; Palomma delivers it again later, as this loop does
            answers.add(pool.submit(() -> {
                int status;
                while ((status = palomma.signed(Deliveries.envelope(id, "payin-link.update", LINK), KEY)
                                .statusCode())
                        == 503) {
                    Thread.sleep(20);
                }
                return status;
            }));
        }
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isEqualTo(200);
        }
        pool.shutdown();

        assertThat(processed).hasSize(134);
        assertThat(processed.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(counters().snapshot()).containsEntry("processed", 134L).containsEntry("duplicates", 66L);
    }
}
