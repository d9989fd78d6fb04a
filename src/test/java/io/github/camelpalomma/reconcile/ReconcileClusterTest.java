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
package io.github.camelpalomma.reconcile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

import io.github.camelpalomma.simulator.PalommaSimulator;
import io.github.camelpalomma.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes share a real PostgreSQL; the simulator loses 30% of its webhooks outright; 1,000 payin links and 200 payout
 * requests reach random final statuses; one node dies midway. Every status change reaches the routes at most once, every
 * final status exactly once, and polling keeps to maxPollRate for the cluster as a whole.
 */
class ReconcileClusterTest {

    static final int MAX_POLL_RATE = 200;
    static final String OPTIONS =
            "maxPollRate=" + MAX_POLL_RATE + "&pollInterval=500&maxPollInterval=2000&leaseTimeout=3000";

    final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
    }

    @Test
    void lossyWebhooksAndADeadNodeLoseNothingAndDeliverNothingTwice() throws Exception {
        PalommaSimulator simulator = PalommaSimulator.builder()
                .port(0)
                .initialAvailableBalance(1_000_000_000L)
                .payoutTargetInitialStatus("active")
                .webhookRetry(3, Duration.ofMillis(200), 2, Duration.ofSeconds(2))
                .build()
                .start();
        closing.add(simulator);
        HikariDataSource database = TestPostgres.newDatabase();
        closing.add(database);
        JdbcReconcileStore shared = new JdbcReconcileStore(database);
        shared.start();
        Received received = new Received();
        KillableStore storeA = new KillableStore(shared);
        Node a = new Node("node-a", simulator, storeA, OPTIONS, received);
        closing.add(a);
        Node b = new Node("node-b", simulator, new KillableStore(shared), OPTIONS, received);
        closing.add(b);
        simulator.control().addWebhookUrl(a.webhookUrl());
        simulator.control().addWebhookUrl(b.webhookUrl());
        simulator.control().dropWebhooks(0.3, 12);

        Payments payments = new Payments(12);
        payments.create(List.of(a, b), 1000, 200);
        simulator.control().resetGetMeter();
        int total = payments.all().size();
        payments.finish(simulator.control(), 0, total / 2);
        await().atMost(30, TimeUnit.SECONDS).until(() -> received.fromNode("node-a") > 0);
        storeA.kill();
        a.close();
        payments.finish(simulator.control(), total / 2, total);

        await().atMost(180, TimeUnit.SECONDS)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> payments.all().stream()
                        .allMatch(id ->
                                received.count(id, payments.changes.get(id).last()) > 0));
        // let late webhooks and polls land before counting
        TimeUnit.SECONDS.sleep(2);

        for (String id : payments.all()) {
            Payments.Change change = payments.changes.get(id);
            assertThat(received.count(id, change.last()))
                    .as("final status of %s", id)
                    .isEqualTo(1);
            for (Received.Delivery delivery : received.of(id)) {
                assertThat(change.statuses()).as("statuses of %s", id).contains(delivery.status());
                assertThat(received.count(id, delivery.status()))
                        .as("%s %s", id, delivery.status())
                        .isEqualTo(1);
            }
        }
        assertThat(received.fromPolls()).as("changes found by polling").isGreaterThan(0);
        assertThat(simulator.control().busiestGetSecond()).isPositive().isLessThanOrEqualTo(MAX_POLL_RATE);
    }
}
