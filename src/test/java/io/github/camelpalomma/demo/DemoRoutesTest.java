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
package io.github.camelpalomma.demo;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.PalommaComponent;
import io.github.camelpalomma.model.Page;
import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.model.PayoutRequest;
import io.github.camelpalomma.simulator.PalommaSimulator;
import io.github.camelpalomma.simulator.WebhookDelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's first command, in-process: the demo's YAML routes and properties from routes/ under Camel Main, against
 * the embedded simulator, until the payout is approved and the merchant balance is logged.
 */
class DemoRoutesTest {

    private final Main main = new Main();
    private CompletableFuture<Void> running;

    @AfterEach
    void stop() throws Exception {
        main.stop();
        if (running != null) {
            running.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void paysInThenPaysOutAndLogsTheBalance() throws Exception {
        main.setPropertyPlaceholderLocations("file:routes/application.properties");
        main.addOverrideProperty("camel.server.port", Integer.toString(AvailablePortFinder.getNextAvailable()));
        // as `mvn -q compile camel:run` runs it without PALOMMA_ENVIRONMENT: auto, on the simulator while no key is set
        main.addOverrideProperty("camel.component.palomma.environment", "auto");
        main.addOverrideProperty("camel.component.palomma.simulatorAutoComplete", "300ms");
        try (RouteLog balanceLog = RouteLog.of("payout-approved")) {
            running = CompletableFuture.runAsync(() -> {
                try {
                    main.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            await().atMost(30, TimeUnit.SECONDS)
                    .until(() -> running.isDone()
                            || balanceLog.lines().stream().anyMatch(l -> l.contains("available balance")));
            assertThat(running).as("the demo keeps running").isNotDone();

            CamelContext context = main.getCamelContext();
            ProducerTemplate palomma = context.createProducerTemplate();
            List<PayinLink> links = palomma.requestBody("palomma:payinLinks?operation=list", null, Page.class)
                    .items();
            assertThat(links).singleElement().satisfies(link -> {
                assertThat(link.status()).isEqualTo("approved");
                assertThat(link.amountCollected()).isEqualTo(150_000L);
                assertThat(link.reference()).startsWith("demo-order-");
            });
            List<PayoutRequest> payouts = palomma.requestBody("palomma:payoutRequests?operation=list", null, Page.class)
                    .items();
            assertThat(payouts).singleElement().satisfies(payout -> {
                assertThat(payout.status()).isEqualTo("approved");
                assertThat(payout.amountSent()).isEqualTo(100_000L);
            });

            PalommaSimulator simulator =
                    context.getComponent("palomma", PalommaComponent.class).getSimulator();
            List<WebhookDelivery> deliveries = simulator.control().deliveries();
            assertThat(deliveries)
                    .extracting(WebhookDelivery::eventType)
                    .contains("payin-link.update", "payout-target.update", "payout-request.update");
            assertThat(deliveries).as("every webhook route succeeded").allSatisfy(d -> assertThat(d.succeeded())
                    .isTrue());
            assertThat(balanceLog.lines())
                    .anyMatch(l -> l.matches("Merchant account default: available balance \\d+ COP.*"));
        }
    }
}
