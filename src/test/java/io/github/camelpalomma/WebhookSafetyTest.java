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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.FailedToStartRouteException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.support.Deliveries;
import io.github.camelpalomma.support.LogCapture;
import io.github.camelpalomma.support.RecordingPalomma;
import io.github.camelpalomma.webhook.PalommaWebhookEvent;
import io.github.camelpalomma.webhook.PalommaWebhookVerifier;
import io.github.camelpalomma.webhook.WebhookRejectedException;
import io.github.camelpalomma.webhook.WebhookSignature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Secure by default, ordered on request, and nothing acknowledged that was not done, even during shutdown. */
class WebhookSafetyTest {

    static final String KEY = "k-integrity";
    static final String LINK = RecordingPalomma.fixture("payinLinks");

    private static String link(String status, String updatedAt) {
        return LINK.replace("\"status\":\"pending\"", "\"status\":\"" + status + "\"")
                .replace("\"updatedAt\":\"2024-02-16T05:31:56Z\"", "\"updatedAt\":\"" + updatedAt + "\"");
    }

    @Test
    void consumerRefusesToStartWithoutAnIntegrityKey() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("palomma:webhooks").to("log:x");
                }
            });
            assertThatThrownBy(context::start)
                    .isInstanceOf(FailedToStartRouteException.class)
                    .rootCause()
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("palomma:webhooks needs an integrityKey to verify webhook signatures");
        }
    }

    @Test
    void disablingVerificationIsExplicitAndLoggedAsAWarning() throws Exception {
        try (LogCapture logs = new LogCapture();
                CamelContext context = new DefaultCamelContext()) {
            int port = Deliveries.addServer(context);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("palomma:webhooks?insecureSkipVerification=true").to("mock:all");
                }
            });
            context.start();
            assertThat(logs.lines())
                    .anySatisfy(l -> assertThat(l).startsWith("WARN").contains("WITHOUT checking their signature"));
            String json = Deliveries.envelope("W1", "payin-link.update", LINK);
            String encoded = java.util.Base64.getEncoder().encodeToString(json.getBytes());
            assertThat(new Deliveries("http://127.0.0.1:" + port + "/palomma/webhooks")
                            .post(json, encoded, null)
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void outOfOrderEventsAreFlaggedOrDropped() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            int port = Deliveries.addServer(context);
            context.getComponent("palomma", PalommaComponent.class)
                    .getConfiguration()
                    .setIntegrityKey(KEY);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("palomma:payinLinks?outOfOrder=flag&webhookPath=/flag").to("mock:flag");
                    from("palomma:payinLinks?outOfOrder=drop&webhookPath=/drop").to("mock:drop");
                }
            });
            context.start();
            for (String path : new String[] {"/flag", "/drop"}) {
                Deliveries palomma = new Deliveries("http://127.0.0.1:" + port + path);
                assertThat(palomma.signed(
                                        Deliveries.envelope(
                                                path + "1",
                                                "payin-link.update",
                                                link("approved", "2026-11-23T10:00:05Z")),
                                        KEY)
                                .statusCode())
                        .isEqualTo(200);
                // older than what was processed
                assertThat(palomma.signed(
                                        Deliveries.envelope(
                                                path + "2",
                                                "payin-link.update",
                                                link("processing", "2026-11-23T10:00:02Z")),
                                        KEY)
                                .statusCode())
                        .isEqualTo(200);
                // newer clock, but it would move a terminal status back
                assertThat(palomma.signed(
                                        Deliveries.envelope(
                                                path + "3",
                                                "payin-link.update",
                                                link("pending", "2026-11-23T10:00:09Z")),
                                        KEY)
                                .statusCode())
                        .isEqualTo(200);
            }
            MockEndpoint flag = context.getEndpoint("mock:flag", MockEndpoint.class);
            assertThat(flag.getReceivedCounter()).isEqualTo(3);
            assertThat(flag.getExchanges())
                    .extracting(e -> e.getMessage().getHeader(PalommaConstants.OUT_OF_ORDER))
                    .containsExactly(null, true, true);
            MockEndpoint drop = context.getEndpoint("mock:drop", MockEndpoint.class);
            assertThat(drop.getExchanges())
                    .extracting(e ->
                            e.getMessage().getBody(PalommaWebhookEvent.class).status())
                    .containsExactly("approved");
        }
    }

    @Test
    void shutdownFinishesInFlightDeliveriesAndAnswers503ToNewOnes() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CamelContext context = new DefaultCamelContext();
        Deliveries palomma = Deliveries.receiving(context, KEY);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("palomma:webhooks")
                        .routeId("slow")
                        .process(e -> {
                            entered.countDown();
                            release.await(20, TimeUnit.SECONDS);
                        })
                        .to("mock:done");
            }
        });
        context.start();

        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(
                () -> palomma.signed(Deliveries.envelope("S1", "payin-link.update", LINK), KEY));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
            try {
                context.getRouteController().stopRoute("slow");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        PalommaWebhookConsumer consumer =
                (PalommaWebhookConsumer) context.getRoute("slow").getConsumer();
        await().atMost(10, TimeUnit.SECONDS).until(() -> !consumer.isAccepting());

        HttpResponse<String> duringShutdown = palomma.signed(Deliveries.envelope("S2", "payin-link.update", LINK), KEY);
        assertThat(duringShutdown.statusCode()).isEqualTo(503);
        assertThat(inFlight).isNotDone();

        release.countDown();
        assertThat(inFlight.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        stopping.get(10, TimeUnit.SECONDS);
        assertThat(context.getEndpoint("mock:done", MockEndpoint.class).getReceivedCounter())
                .isEqualTo(1);
        context.close();
    }

    @Test
    void publicVerifierDoesTheSameChecksForOtherHttpStacks() {
        String json = Deliveries.envelope("V1", "payin-link.update", LINK);
        String encoded = java.util.Base64.getEncoder().encodeToString(json.getBytes());
        PalommaWebhookVerifier verifier = PalommaWebhookVerifier.of("old-key, " + KEY);

        PalommaWebhookEvent event = verifier.verify(encoded, WebhookSignature.sign(KEY, encoded));
        assertThat(event.webhookId()).isEqualTo("V1");
        assertThat(event.resourceId()).isEqualTo("01HPR5TEDFKT498V8CYY3RPCXP");

        assertThatThrownBy(() -> verifier.verify(encoded, WebhookSignature.sign("attacker", encoded)))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.getHttpStatus())
                        .isEqualTo(401));
        assertThatThrownBy(() -> verifier.verify(encoded, null))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.getHttpStatus())
                        .isEqualTo(401));
        String bad = "bm90IGpzb24=";
        assertThatThrownBy(() -> verifier.verify(bad, WebhookSignature.sign(KEY, bad)))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.getHttpStatus())
                        .isEqualTo(400));
        assertThat(verifier.toString()).doesNotContain(KEY);
    }

    @Test
    void signatureMatchesPalommasDocumentedTestVector() {
        String encoded =
                "eyJ3ZWJob29rSWQiOiIwMUhRMDAwMDAwMDAwMDAwMDAwMDAwMDAwMCIsInRpbWVzdGFtcCI6IjIwMjQtMDItMTVUMTQ6MDM6MTFaIiwi"
                        + "ZXZlbnRUeXBlIjoicGF5aW4tcmVxdWVzdC51cGRhdGUiLCJldmVudCI6eyJpZCI6IjAxSFBSODNWN0pCTkpUS1QzMDNOVFkzWUdBIiw"
                        + "ic3RhdHVzIjoiYXBwcm92ZWQifX0=";
        assertThat(WebhookSignature.sign("test_integrity_key", encoded))
                .isEqualTo("f4884a2bd40198c74124d12e351fc826bcd79771dfc7d22f5a4bcfbd963ec8b4");
        assertThat(WebhookSignature.signBase64("test_integrity_key", encoded))
                .isEqualTo("9IhKK9QBmMdBJNEuNR/IJrzXl3Hfx9IvWkvPvZY+yLQ=");
        PalommaWebhookEvent event = PalommaWebhookVerifier.of("test_integrity_key")
                .verify(encoded, "9IhKK9QBmMdBJNEuNR/IJrzXl3Hfx9IvWkvPvZY+yLQ=");
        assertThat(event.status()).isEqualTo("approved");
    }
}
