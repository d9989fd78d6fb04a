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

import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.model.Customer;
import io.github.camelpalomma.model.NewPayinLink;
import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.simulator.PalommaSimulator;
import io.github.camelpalomma.support.Deliveries;
import io.github.camelpalomma.support.LogCapture;
import io.github.camelpalomma.support.NewResources;
import io.github.camelpalomma.support.PalommaTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The route of docs/webhooks.md, word for word, against the embedded simulator: an endpoint-level integrityKey from a
 * property and no simulatorWebhookUrl. The simulator signs with that key and delivers to the consumer's path.
 */
class SimulatorYamlTest {

    private static final String DOCS_ROUTE =
            """
            - route:
                from:
                  uri: palomma:payinLinks               # only payin-link.update events
                  parameters:
                    integrityKey: "{{palomma.integrityKey}}"
                  steps:
                    - choice:
                        when:
                          - simple: "${body.event.status} == 'approved'"
                            steps:
                              - log: "Paid: ${body.event.reference} ${body.event.amountCollected} COP"
            """;

    @Test
    void theDocumentedYamlRouteReceivesTheSimulatorsDeliveries() throws Exception {
        try (LogCapture logs = new LogCapture();
                CamelContext context = new DefaultCamelContext()) {
            int port = onSimulator(context);
            Properties properties = new Properties();
            properties.setProperty("palomma.integrityKey", "yaml-docs-integrity-key");
            context.getPropertiesComponent().setInitialProperties(properties);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:link")
                            .to("palomma:customers?operation=create")
                            .process(e -> e.getMessage()
                                    .setBody(NewPayinLink.general(
                                                    e.getMessage()
                                                            .getBody(Customer.class)
                                                            .id(),
                                                    75_000,
                                                    "https://shop.example/thanks",
                                                    List.of("pse"))
                                            .withReference("order-yaml")))
                            .to("palomma:payinLinks?operation=create");
                }
            });
            PalommaTestSupport.loadYaml(context, DOCS_ROUTE);
            context.start();

            PayinLink link = context.createProducerTemplate()
                    .requestBody("direct:link", NewResources.customer("c-7"), PayinLink.class);
            PalommaSimulator simulator =
                    context.getComponent("palomma", PalommaComponent.class).getSimulator();
            simulator.control().processPayinLink(link.id());
            simulator.control().approvePayinLink(link.id());

            await().atMost(10, TimeUnit.SECONDS)
                    .until(() -> logs.lines().stream().anyMatch(l -> l.contains("Paid: order-yaml 75000 COP")));
            assertThat(simulator.control().deliveries())
                    .allSatisfy(d -> assertThat(d.succeeded()).isTrue());
            assertThat(logs.lines()).anySatisfy(l -> assertThat(l)
                    .startsWith("INFO")
                    .contains("delivers its webhooks to http://127.0.0.1:" + port + "/palomma/webhooks"));
        }
    }

    @Test
    void consumersThatVerifyWithDifferentKeysOnTheSimulatorRefuseToStart() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            onSimulator(context);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("palomma:payinLinks?integrityKey=key-one").log("links");
                    from("palomma:payoutRequests?integrityKey=key-two").log("payouts");
                }
            });
            assertThat(org.junit.jupiter.api.Assertions.assertThrows(Exception.class, context::start))
                    .hasStackTraceContaining("another integrityKey than the other consumers on the embedded simulator");
        }
    }

    /** A platform-http server on a free port, and the component on the embedded simulator; returns the port. */
    private static int onSimulator(CamelContext context) {
        int port = Deliveries.addServer(context);
        context.getComponent("palomma", PalommaComponent.class)
                .getConfiguration()
                .setEnvironment(PalommaEnvironment.simulator);
        return port;
    }
}
