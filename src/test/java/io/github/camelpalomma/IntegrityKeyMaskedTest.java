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

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.main.Main;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.support.Deliveries;
import io.github.camelpalomma.support.LogCapture;
import io.github.camelpalomma.support.RecordingPalomma;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An endpoint-level integrityKey and apiKey, set from properties, under Camel Main, through a failing route: neither key
 * nor its first characters appear in a log line at INFO or above (the startup summaries included), a JMX
 * name or attribute, a toString(), an endpoint's URI, or the endpoint, service and route-structure dev consoles.
 */
class IntegrityKeyMaskedTest {

    static final String KEY = "ikQZ7wMASKME41";
    static final String API_KEY = "akR8vNMASKME52";
    static final String CUSTOMERS = "palomma:customers?operation=list&apiKey=";

    @Test
    void theIntegrityKeyIsMaskedEverywhereCamelPrintsAnEndpoint() throws Exception {
        List<String> printed = new ArrayList<>();
        int port = AvailablePortFinder.getNextAvailable();
        Main main = new Main();
        try (LogCapture logs = new LogCapture()) {
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("palomma:webhooks?integrityKey={{palomma.integrityKey}}")
                            .routeId("failing")
                            .process(e -> {
                                throw new IllegalStateException("the ledger is down");
                            });
                    from("direct:customers").routeId("customers").to(CUSTOMERS + "{{palomma.apiKey}}");
                }
            });
            main.addInitialProperty("palomma.integrityKey", KEY);
            main.addInitialProperty("palomma.apiKey", API_KEY);
            main.addInitialProperty("camel.component.palomma.integrityKey", KEY);
            main.addInitialProperty("camel.server.enabled", "true");
            main.addInitialProperty("camel.server.host", "127.0.0.1");
            main.addInitialProperty("camel.server.port", String.valueOf(port));
            main.addInitialProperty("camel.main.messageHistory", "true");
            main.addInitialProperty("camel.main.jmxEnabled", "true");
            main.start();
            CamelContext context = main.getCamelContext();

            Deliveries palomma = new Deliveries("http://127.0.0.1:" + port + "/palomma/webhooks");
            String json = Deliveries.envelope("M1", "payin-link.update", RecordingPalomma.fixture("payinLinks"));
            assertThat(palomma.signed(json, KEY).statusCode()).isEqualTo(500);

            context.getEndpoints().forEach(e -> printed.add(e + " " + e.getEndpointUri() + " " + e.getEndpointKey()));
            assertThat(context.getEndpoint("palomma:webhooks?integrityKey=" + KEY))
                    .as("the same endpoint for the same URI")
                    .isSameAs(context.getRoute("failing").getEndpoint());
            assertThat(context.getEndpoint(CUSTOMERS + API_KEY))
                    .as("the same endpoint for the same URI, its apiKey masked too")
                    .isSameAs(context.getEndpoints().stream()
                            .filter(e -> e.getEndpointUri().startsWith("palomma://customers"))
                            .findFirst()
                            .orElseThrow());
            context.getRoutes().forEach(r -> printed.add(r + " " + r.getConsumer() + " " + r.getEndpoint()));
            MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
            for (ObjectName name : jmx.queryNames(new ObjectName("org.apache.camel:type=endpoints,*"), null)) {
                printed.add(name.toString());
                printed.add(String.valueOf(jmx.getAttribute(name, "EndpointUri")));
            }
            DevConsoleRegistry consoles = DevConsoleRegistry.get(context);
            consoles.loadDevConsoles(true);
            assertThat(consoles.getConsoleIDs()).contains("route-dump", "endpoint", "properties", "route");
            consoles.stream()
                    .filter(c -> !CONSOLES_SHOWING_VALUES.contains(c.getId()))
                    .forEach(console -> {
                        for (DevConsole.MediaType type : DevConsole.MediaType.values()) {
                            if (console.supportMediaType(type)) {
                                printed.add(
                                        console.getId() + ": " + console.call(type, Map.of("uriAsParameters", "true")));
                            }
                        }
                    });
            main.stop();

            assertThat(logs.lines()).anySatisfy(l -> assertThat(l).contains("the ledger is down"));
            assertThat(printed).isNotEmpty();
            assertThat(logs.lines())
                    .filteredOn(l -> l.contains("[camel-main]") && l.contains("palomma.integrityKey"))
                    .as("Camel Main's summary of the properties it applied")
                    .isNotEmpty()
                    .allSatisfy(l -> assertThat(l).contains("xxxxxx"));
            for (String secret : List.of(KEY, KEY.substring(0, 5), API_KEY, API_KEY.substring(0, 5))) {
                assertThat(logs.lines())
                        .as("log lines, every level, but Camel core's own DEBUG and TRACE resolution lines")
                        .filteredOn(l -> l.contains(secret) && !fromCamelCoreResolution(l))
                        .isEmpty();
                assertThat(printed)
                        .as("toString, JMX, dev consoles")
                        .filteredOn(p -> p.contains(secret))
                        .isEmpty();
            }
        } finally {
            main.stop();
        }
    }

    /**
     * Dev consoles that print what Camel resolved: the properties (masked by Camel's fixed list of names only), Camel
     * Main's configuration (masked in text, not in JSON), and the route model with its placeholders resolved.
     */
    static final List<String> CONSOLES_SHOWING_VALUES = List.of("main-configuration", "properties", "route-dump");

    /**
     * Camel core prints resolved values at DEBUG and TRACE while it resolves placeholders and creates endpoints, before
     * any component sees them, whatever the option's name (an apiKey's too): these loggers, at those levels only.
     */
    static final List<String> CAMEL_CORE_RESOLUTION = List.of(
            "org.apache.camel.main.BaseMainSupport",
            "org.apache.camel.main.MainHelper",
            "org.apache.camel.component.properties.",
            "org.apache.camel.impl.engine.DefaultCamelContextExtension",
            "org.apache.camel.impl.engine.AbstractCamelContext",
            "org.apache.camel.support.EndpointHelper",
            "org.apache.camel.support.DefaultComponent",
            "org.apache.camel.management.JmxManagementLifecycleStrategy");

    static boolean fromCamelCoreResolution(String line) {
        return (line.startsWith("DEBUG ") || line.startsWith("TRACE "))
                && CAMEL_CORE_RESOLUTION.stream().anyMatch(logger -> line.startsWith(logger, 6));
    }
}
