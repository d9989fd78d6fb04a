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

/** Polling alone (webhooks=false), as behind a firewall Palomma cannot reach: nothing is lost, late or repeated. */
class ReconcilePollingTest {

    final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
    }

    private PalommaSimulator simulator() {
        PalommaSimulator simulator = PalommaSimulator.builder()
                .port(0)
                .initialAvailableBalance(1_000_000_000L)
                .payoutTargetInitialStatus("active")
                .build()
                .start();
        closing.add(simulator);
        return simulator;
    }

    @Test
    void everyChangeArrivesWithinTwoMaxPollIntervalsWithoutWebhooks() throws Exception {
        long maxPollInterval = 3000;
        int maxPollRate = 400;
        PalommaSimulator simulator = simulator();
        Received received = new Received();
        Node node = new Node(
                "solo",
                simulator,
                null,
                "webhooks=false&pollInterval=1000&maxPollInterval=" + maxPollInterval + "&maxPollRate=" + maxPollRate,
                received);
        closing.add(node);
        Payments payments = new Payments(7);
        payments.create(List.of(node), 1000, 200);
        // every tracked resource can be polled within one maxPollInterval: the documented condition of the bound
        assertThat(payments.all().size() / (double) maxPollRate).isLessThanOrEqualTo(maxPollInterval / 1000.0);
        simulator.control().resetGetMeter();
        payments.finish(simulator.control(), 0, payments.all().size());

        await().atMost(120, TimeUnit.SECONDS).until(() -> payments.all().stream()
                .allMatch(id -> received.count(id, payments.changes.get(id).last()) > 0));
        for (String id : payments.all()) {
            Payments.Change change = payments.changes.get(id);
            Received.Delivery last = received.of(id).stream()
                    .filter(d -> d.status().equals(change.last()))
                    .findFirst()
                    .orElseThrow();
            assertThat(last.source()).isEqualTo("poll");
            assertThat(last.at() - change.finalAt()).as("delay of %s", id).isLessThanOrEqualTo(2 * maxPollInterval);
            assertThat(received.count(id, change.last())).isEqualTo(1);
        }
        assertThat(simulator.control().busiestGetSecond()).isLessThanOrEqualTo(maxPollRate);
    }

    @Test
    void aNodeRestartedOnTheSameDatabaseDoesNotDeliverAgain() throws Exception {
        PalommaSimulator simulator = simulator();
        HikariDataSource database = TestPostgres.newDatabase();
        closing.add(database);
        String options = "webhooks=false&pollInterval=200&maxPollInterval=500&maxPollRate=100&leaseTimeout=2000";
        Received first = new Received();
        Payments payments = new Payments(3);
        try (Node node = new Node("before", simulator, new JdbcReconcileStore(database), options, first)) {
            payments.create(List.of(node), 40, 10);
            payments.finish(simulator.control(), 0, 25);
            await().atMost(60, TimeUnit.SECONDS).until(() -> payments.all().subList(0, 25).stream()
                    .allMatch(id -> first.count(id, payments.changes.get(id).last()) > 0));
        }
        Received second = new Received();
        Node again = new Node("after", simulator, new JdbcReconcileStore(database), options, second);
        closing.add(again);
        payments.finish(simulator.control(), 25, 50);
        await().atMost(60, TimeUnit.SECONDS).until(() -> payments.all().subList(25, 50).stream()
                .allMatch(id -> second.count(id, payments.changes.get(id).last()) > 0));
        // a few more rounds of polling, which would repeat anything the restart forgot
        TimeUnit.SECONDS.sleep(2);

        for (String id : payments.all().subList(0, 25)) {
            assertThat(second.of(id)).as("redelivered after restart: %s", id).isEmpty();
            assertThat(first.count(id, payments.changes.get(id).last())).isEqualTo(1);
        }
        for (String id : payments.all().subList(25, 50)) {
            assertThat(second.count(id, payments.changes.get(id).last())).isEqualTo(1);
        }
    }
}
