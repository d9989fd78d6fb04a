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

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

import io.github.camelpalomma.support.Deliveries;
import io.github.camelpalomma.support.RecordingPalomma;
import io.github.camelpalomma.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook dedupe that survives restarts and scales out: two consumer CamelContexts share Camel's JDBC
 * IdempotentRepository on a real PostgreSQL (started by the test, see TestPostgres). One context is stopped midway; the sender
 * retries whatever failed; every webhookId is processed exactly once and none is lost.
 */
class SharedDedupePostgresTest {

    static final String KEY = "pg-key";
    final Map<String, AtomicInteger> processed = new ConcurrentHashMap<>();
    final List<CamelContext> contexts = new CopyOnWriteArrayList<>();
    DataSource dataSource;

    @BeforeEach
    void database() {
        dataSource = TestPostgres.newWebhookDedupeDatabase();
    }

    @AfterEach
    void stop() {
        contexts.forEach(CamelContext::stop);
        ((HikariDataSource) dataSource).close();
    }

    private Deliveries node(String name) throws Exception {
        CamelContext context = new DefaultCamelContext();
        Deliveries deliveries = Deliveries.jdbcNode(context, name, dataSource, KEY);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("palomma:webhooks?idempotentRepository=#webhookIds").process(e -> processed
                        .computeIfAbsent(
                                e.getMessage().getHeader(PalommaConstants.WEBHOOK_ID, String.class),
                                k -> new AtomicInteger())
                        .incrementAndGet());
            }
        });
        context.start();
        contexts.add(context);
        return deliveries;
    }

    @Test
    void twoNodesOneStoppedMidwayEveryWebhookProcessedExactlyOnce() throws Exception {
        Deliveries a = node("node-a");
        Deliveries b = node("node-b");
        List<String> unique = new ArrayList<>();
        for (int i = 0; i < 3_500; i++) {
            unique.add(String.format("01PG%022d", i));
        }
        List<String> sends = new ArrayList<>(unique);
        Random random = new Random(42);
        for (int i = 0; i < 1_500; i++) {
            sends.add(unique.get(random.nextInt(unique.size())));
        }
        Collections.shuffle(sends, random);
        assertThat(sends).hasSize(5_000);
        String link = RecordingPalomma.fixture("payinLinks");
        Deliveries[] nodes = {a, b};
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();

        ExecutorService senders = Executors.newFixedThreadPool(16);
        List<Future<?>> work = new ArrayList<>();
        for (String id : sends) {
            work.add(senders.submit(() -> {
                String json = Deliveries.envelope(id, "payin-link.update", link);
                for (int attempt = 1; attempt <= 50; attempt++) {
                    Deliveries target = nodes[ThreadLocalRandom.current().nextInt(2)];
                    try {
                        if (target.signed(json, KEY).statusCode() == 200) {
                            return;
                        }
                    } catch (UncheckedIOException connectionRefused) {
                        // the stopped node no longer listens: try again, as Palomma would
                    }
                    retried.incrementAndGet();
                }
                throw new AssertionError("webhook " + id + " never acknowledged");
            }));
            if (sent.incrementAndGet() == 2_500) {
                senders.submit(() -> contexts.get(0).stop());
            }
        }
        for (Future<?> f : work) {
            f.get(120, TimeUnit.SECONDS);
        }
        senders.shutdown();

        assertThat(processed.keySet()).containsExactlyInAnyOrderElementsOf(unique);
        assertThat(processed.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(contexts.get(0).isStopped()).isTrue();
        assertThat(retried.get())
                .as("stopping node A made some deliveries fail and be retried")
                .isPositive();

        // a node started later, with the same store, still knows every webhookId
        Deliveries restarted = node("node-c");
        for (String id : unique.subList(0, 100)) {
            assertThat(restarted
                            .signed(Deliveries.envelope(id, "payin-link.update", link), KEY)
                            .statusCode())
                    .isEqualTo(200);
        }
        assertThat(processed.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    }
}
