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
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.support.Deliveries;
import io.github.camelpalomma.support.RecordingPalomma;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Palomma delivers again when an answer is slow. A retry that arrives while the first delivery is still in the route must
 * not be acknowledged: if the first run then fails, the event would be gone.
 */
class WebhookInFlightTest extends CamelTestSupport {

    static final String KEY = "in-flight-key";
    static final String LINK = RecordingPalomma.fixture("payinLinks");

    final CountDownLatch entered = new CountDownLatch(1);
    final AtomicInteger runs = new AtomicInteger();
    final AtomicInteger processed = new AtomicInteger();
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
                from("palomma:payinLinks").process(e -> {
                    if (runs.incrementAndGet() == 1) {
                        entered.countDown();
                        // slower than Palomma's patience, and then it fails
                        Thread.sleep(1500);
                        throw new IllegalStateException("the ledger is down");
                    }
                    processed.incrementAndGet();
                });
            }
        };
    }

    @Test
    void aRetryDuringASlowFailingRunIsNotAcknowledgedAndTheEventIsProcessedOnceInTheEnd() throws Exception {
        String delivery = Deliveries.envelope("IF-1", "payin-link.update", LINK);
        CompletableFuture<HttpResponse<String>> first =
                CompletableFuture.supplyAsync(() -> palomma.signed(delivery, KEY));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        HttpResponse<String> retry = palomma.signed(delivery, KEY);
        assertThat(retry.statusCode()).isEqualTo(503);
        assertThat(retry.headers().firstValue("Retry-After")).isPresent();

        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(500);
        assertThat(palomma.signed(delivery, KEY).statusCode()).isEqualTo(200);
        assertThat(palomma.signed(delivery, KEY).statusCode()).isEqualTo(200);
        assertThat(processed).hasValue(1);
        assertThat(context.getComponent("palomma", PalommaComponent.class)
                        .webhookCounters("/palomma/webhooks")
                        .snapshot())
                .containsEntry("inFlight", 1L)
                .containsEntry("duplicates", 1L)
                .containsEntry("processed", 1L);
    }
}
