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

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.KameletMain;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainSupport;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.support.Deliveries;
import io.github.camelpalomma.support.RecordingPalomma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The same YAML webhook route under Camel Main and under the JBang runtime (KameletMain, the engine of camel run). */
class WebhookRuntimesTest {

    static final String KEY = "runtime-key";

    private static void receivesASignedDelivery(MainSupport main, int port) throws Exception {
        main.addInitialProperty("camel.main.routesIncludePattern", "classpath:routes/webhook-log.camel.yaml");
        main.addInitialProperty("palomma.integrityKey", KEY);
        main.addInitialProperty("camel.server.port", Integer.toString(port));
        main.addInitialProperty("camel.main.name", "runtime-test");
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
            try {
                main.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            await().atMost(30, TimeUnit.SECONDS)
                    .until(() -> running.isDone()
                            || (main.getCamelContext() != null
                                    && main.getCamelContext().isStarted()));
            assertThat(running).as("the runtime started").isNotDone();
            CamelContext context = main.getCamelContext();
            Deliveries palomma = new Deliveries("http://127.0.0.1:" + port + "/palomma/webhooks");
            String link = RecordingPalomma.fixture("payinLinks").replace("\"pending\"", "\"approved\"");

            assertThat(palomma.signed(Deliveries.envelope("R1", "payin-link.update", link), KEY)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(palomma.signed(Deliveries.envelope("R2", "payin-link.update", link), "forged")
                            .statusCode())
                    .isEqualTo(401);

            MockEndpoint events = context.getEndpoint("mock:events", MockEndpoint.class);
            assertThat(events.getReceivedCounter()).isEqualTo(1);
            assertThat(events.getExchanges().get(0).getMessage().getHeader("linkStatus"))
                    .isEqualTo("approved");
        } finally {
            main.stop();
            running.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void camelMain() throws Exception {
        Main main = new Main();
        main.addInitialProperty("camel.server.enabled", "true");
        receivesASignedDelivery(main, AvailablePortFinder.getNextAvailable());
    }

    @Test
    void jbangRuntimeWithoutAnExplicitServer() throws Exception {
        // No camel.server.enabled: KameletMain creates the HTTP server while resolving platform-http, the startup path
        // where a consumer that looks platform-http up late meets a circular dependency.
        KameletMain main = new KameletMain("camel.jbang");
        main.addInitialProperty("camel.jbang.kameletsVersion", "4.18.0");
        receivesASignedDelivery(main, 8080);
    }
}
