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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

import io.github.camelpalomma.support.Deliveries;
import io.github.camelpalomma.support.RecordingPalomma;
import io.github.camelpalomma.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node that dies in the middle of a route leaves its claim on the webhookId in the shared store. The other node answers
 * the redeliveries 503 until claimTimeout has passed, then processes the event, once.
 */
class ClaimTimeoutPostgresTest {

    static final String KEY = "claim-key";
    static final String LINK = RecordingPalomma.fixture("payinLinks");

    final HikariDataSource database = TestPostgres.newWebhookDedupeDatabase();
    final List<CamelContext> nodes = new ArrayList<>();
    final CountDownLatch nodeADies = new CountDownLatch(1);
    final AtomicInteger processedByB = new AtomicInteger();

    @AfterEach
    void stop() {
        nodeADies.countDown();
        nodes.forEach(CamelContext::stop);
        database.close();
    }

    private Deliveries node(String name, boolean hangs, CountDownLatch entered) throws Exception {
        CamelContext context = new DefaultCamelContext();
        Deliveries deliveries = Deliveries.jdbcNode(context, name, database, KEY);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("palomma:payinLinks?idempotentRepository=#webhookIds&claimTimeout=2s")
                        .process(e -> {
                            if (hangs) {
                                entered.countDown();
                                // the node is gone from here on: nothing this route would do ever happens
                                nodeADies.await();
                                throw new IllegalStateException("node A died");
                            }
                            processedByB.incrementAndGet();
                        });
            }
        });
        context.start();
        nodes.add(context);
        return deliveries;
    }

    @Test
    void theClaimOfANodeThatDiedMidRouteIsTakenOverAfterClaimTimeoutAndProcessedOnce() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        Deliveries a = node("node-a", true, entered);
        Deliveries b = node("node-b", false, null);
        String delivery = Deliveries.envelope("CT-1", "payin-link.update", LINK);

        CompletableFuture.supplyAsync(() -> a.signed(delivery, KEY));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        long claimed = System.nanoTime();

        HttpResponse<String> early = b.signed(delivery, KEY);
        assertThat(early.statusCode()).isEqualTo(503);
        assertThat(early.headers().firstValue("Retry-After")).isPresent();

        await().atMost(10, TimeUnit.SECONDS)
                .pollInterval(200, TimeUnit.MILLISECONDS)
                .until(() -> b.signed(delivery, KEY).statusCode() == 200);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - claimed)).isGreaterThanOrEqualTo(2000);
        assertThat(processedByB).hasValue(1);

        for (int i = 0; i < 3; i++) {
            assertThat(b.signed(delivery, KEY).statusCode()).isEqualTo(200);
        }
        assertThat(processedByB).hasValue(1);
    }
}
