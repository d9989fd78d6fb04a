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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.model.PayoutRequest;
import io.github.camelpalomma.simulator.PalommaSimulator;
import io.github.camelpalomma.support.Deliveries;
import io.github.camelpalomma.support.LogCapture;
import io.github.camelpalomma.support.RecordingPalomma;
import io.github.camelpalomma.webhook.PalommaWebhookEvent;
import io.github.camelpalomma.webhook.PalommaWebhookVerifier;
import io.github.camelpalomma.webhook.WebhookSignature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signed is not enough: a replayed, stale or doctored envelope is refused before it reaches a route. */
class WebhookEnvelopeTest extends CamelTestSupport {

    static final String KEY = "envelope-key";
    static final String LINK = RecordingPalomma.fixture("payinLinks");

    final AtomicInteger payouts = new AtomicInteger();
    final AtomicInteger all = new AtomicInteger();
    Deliveries palomma;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        palomma = Deliveries.receiving(context, KEY);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("palomma:payoutRequests").process(e -> {
                    e.getMessage().getBody(PalommaWebhookEvent.class).eventAs(PayoutRequest.class);
                    payouts.incrementAndGet();
                });
                from("palomma:webhooks?eventTypes=payin-link.update,odd.update&replayWindow=1h")
                        .process(e -> {
                            all.incrementAndGet();
                            if (e.getMessage()
                                    .getBody(PalommaWebhookEvent.class)
                                    .eventType()
                                    .startsWith("odd")) {
                                throw new IllegalStateException("cannot handle odd events");
                            }
                        });
            }
        };
    }

    private int send(String json) {
        return palomma.signed(json, KEY).statusCode();
    }

    private long counter(String name) {
        return context.getComponent("palomma", PalommaComponent.class)
                .webhookCounters("/palomma/webhooks")
                .snapshot()
                .get(name);
    }

    @Test
    void timestampsThatDoNotParseOrFallOutsideTheReplayWindowAreNotProcessed() {
        try (LogCapture logs = new LogCapture()) {
            assertThat(send(Deliveries.envelope("T1", "not-a-date", "payin-link.update", LINK)))
                    .isEqualTo(400);
            assertThat(send("{\"webhookId\":\"T2\",\"eventType\":\"payin-link.update\",\"event\":" + LINK + "}"))
                    .isEqualTo(400);
            assertThat(send(Deliveries.envelope("T3", "2001-01-01T00:00:00Z", "payin-link.update", LINK)))
                    .isEqualTo(400);
            assertThat(send(Deliveries.envelope("T4", "2999-01-01T00:00:00Z", "payin-link.update", LINK)))
                    .isEqualTo(400);
            String twoHoursAgo = Instant.now().minusSeconds(7200).toString();
            assertThat(send(Deliveries.envelope("T5", twoHoursAgo, "payin-link.update", LINK)))
                    .isEqualTo(400);
            assertThat(all).hasValue(0);
            assertThat(counter("outsideReplayWindow")).isEqualTo(3);
            assertThat(logs.lines())
                    .anySatisfy(l -> assertThat(l).startsWith("WARN").contains("replayWindow"));

            String tenMinutesAgo = Instant.now().minusSeconds(600).toString().replaceFirst("\\.\\d+Z$", ".123Z");
            assertThat(send(Deliveries.envelope("T6", tenMinutesAgo, "payin-link.update", LINK)))
                    .isEqualTo(200);
            assertThat(all).hasValue(1);
        }
    }

    @Test
    void duplicateKeysAndTrailingContentAreRefusedSoNoRouteGetsAnEventOfAnotherType() {
        String smuggled = "{\"webhookId\":\"D1\",\"timestamp\":\"" + Deliveries.TIMESTAMP
                + "\",\"eventType\":\"payin-link.update\"," + "\"event\":" + LINK
                + ",\"eventType\":\"payout-request.update\"}";
        assertThat(send(smuggled)).isEqualTo(400);
        assertThat(send(Deliveries.envelope("D2", "payin-link.update", LINK) + "{\"webhookId\":\"D3\"}"))
                .isEqualTo(400);
        assertThat(send(Deliveries.envelope("D4", "payin-link.update", LINK.replaceFirst("\\{", "{\"id\":\"x\","))))
                .isEqualTo(400);
        assertThat(payouts).hasValue(0);
        assertThat(all).hasValue(0);
        assertThat(counter("malformed")).isEqualTo(3);
    }

    @Test
    void anEventOfAnotherTypeIsAClearErrorNotAClassCastException() {
        String json = Deliveries.envelope("E1", "payin-link.update", LINK);
        String encoded = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        PalommaWebhookEvent event = PalommaWebhookVerifier.of(KEY).verify(encoded, WebhookSignature.sign(KEY, encoded));
        assertThatThrownBy(() -> event.eventAs(PayoutRequest.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("payin-link.update")
                .hasMessageContaining("PayoutRequest");
    }

    @Test
    void longWebhookIdsAreRefused() {
        assertThat(send(Deliveries.envelope("L".repeat(65), "payin-link.update", LINK)))
                .isEqualTo(400);
        assertThat(send(Deliveries.envelope("L".repeat(64), "payin-link.update", LINK)))
                .isEqualTo(200);
    }

    @Test
    void controlCharactersFromAnEnvelopeNeverForgeLogLines() {
        try (LogCapture logs = new LogCapture()) {
            assertThat(send(Deliveries.envelope("CR\\r\\nERROR forged line", "payin-link.update", LINK)))
                    .isEqualTo(400);
            assertThat(send(Deliveries.envelope(
                            "CR2", "odd.update\\nERROR forged line", "{\"id\":\"x\\nERROR forged\"}")))
                    .isIn(200, 500);
            assertThat(logs.lines()).noneSatisfy(l -> assertThat(l).containsPattern("[\\r\\n]ERROR forged"));
        }
    }

    @Test
    void withEnvironmentAutoAConsumerWithoutIntegrityKeyNeverTrustsTheSimulatorsKey() throws Exception {
        try (CamelContext other = new DefaultCamelContext()) {
            int port = Deliveries.addServer(other);
            other.getComponent("palomma", PalommaComponent.class)
                    .getConfiguration()
                    .setEnvironment(PalommaEnvironment.auto);
            other.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:create").to("palomma:customers?operation=get&apiKey=sk_live_real");
                    from("palomma:payinLinks").to("mock:links");
                }
            });
            Deliveries forger = new Deliveries("http://127.0.0.1:" + port + "/palomma/webhooks");
            try {
                other.start();
            } catch (RuntimeException refused) {
                assertThat(refused).rootCause().hasMessageContaining("integrityKey");
                return;
            }
            assertThat(forger.signed(
                                    Deliveries.envelope("F1", "payin-link.update", LINK),
                                    PalommaSimulator.DEFAULT_INTEGRITY_KEY)
                            .statusCode())
                    .isEqualTo(401);
        }
    }
}
