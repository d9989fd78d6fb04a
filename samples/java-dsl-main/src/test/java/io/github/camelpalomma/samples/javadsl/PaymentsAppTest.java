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
package io.github.camelpalomma.samples.javadsl;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.main.Main;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Starts the application as main() does, on a free port, and waits for the simulator's approval to mark the order paid. */
class PaymentsAppTest {

    @Test
    void theOrderIsPaidWhenPalommaApprovesTheLink() throws Exception {
        PaidOrders paidOrders = new PaidOrders();
        Main main = PaymentsApp.newMain(paidOrders);
        main.addOverrideProperty("camel.server.port", Integer.toString(AvailablePortFinder.getNextAvailable()));
        main.addOverrideProperty("camel.component.palomma.simulatorAutoComplete", "300ms");
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
            try {
                main.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            await().atMost(30, TimeUnit.SECONDS)
                    .until(() -> running.isDone() || paidOrders.isPaid(CheckoutRoutes.ORDER));
            assertThat(running).as("the application keeps running").isNotDone();
            assertThat(paidOrders.references()).containsExactly(CheckoutRoutes.ORDER);
        } finally {
            main.stop();
            running.get(30, TimeUnit.SECONDS);
        }
    }
}
