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
package io.github.camelpalomma.support;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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

import io.github.camelpalomma.PalommaEndpoint;

/**
 * A Camel Main application in a JVM of its own, started with PALOMMA_API_KEY and PALOMMA_INTEGRITY_KEY in its
 * environment and no key in its configuration: a failing webhook route and a producer. Every logger at TRACE. It sends
 * itself one delivery signed with the environment's key and one signed with another, then writes to the file given as
 * its argument: {@code status <code>} for each, {@code environment <name>} of the producer, every log line, the
 * endpoints, routes and JMX endpoint names, and the output of every dev console in every form.
 */
public final class KeysFromEnvironmentMain {

    private KeysFromEnvironmentMain() {}

    public static void main(String[] args) throws Exception {
        List<String> printed = new ArrayList<>();
        Main main = new Main();
        try (LogCapture logs = new LogCapture()) {
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("palomma:webhooks").routeId("failing").process(e -> {
                        throw new IllegalStateException("the ledger is down");
                    });
                    from("direct:customers").routeId("customers").to("palomma:customers?operation=list");
                }
            });
            main.addInitialProperty("camel.server.enabled", "true");
            main.addInitialProperty("camel.server.host", "127.0.0.1");
            main.addInitialProperty("camel.server.port", args[1]);
            main.addInitialProperty("camel.main.messageHistory", "true");
            main.addInitialProperty("camel.main.jmxEnabled", "true");
            main.start();
            CamelContext context = main.getCamelContext();

            Deliveries palomma = new Deliveries("http://127.0.0.1:" + args[1] + "/palomma/webhooks");
            String json = Deliveries.envelope("E1", "payin-link.update", RecordingPalomma.fixture("payinLinks"));
            printed.add("status "
                    + palomma.signed(json, System.getenv("PALOMMA_INTEGRITY_KEY"))
                            .statusCode());
            printed.add("status " + palomma.signed(json, "another-key").statusCode());
            context.getEndpoints().forEach(e -> {
                printed.add(e + " " + e.getEndpointUri() + " " + e.getEndpointKey());
                if (e instanceof PalommaEndpoint palommaEndpoint
                        && e.getEndpointUri().contains("customers")) {
                    printed.add(
                            "environment " + palommaEndpoint.getConfiguration().effectiveEnvironment());
                }
            });
            context.getRoutes().forEach(r -> printed.add(r + " " + r.getConsumer() + " " + r.getEndpoint()));
            MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
            for (ObjectName name : jmx.queryNames(new ObjectName("org.apache.camel:*"), null)) {
                printed.add(name.toString());
            }
            DevConsoleRegistry consoles = DevConsoleRegistry.get(context);
            consoles.loadDevConsoles(true);
            consoles.stream().forEach(console -> {
                for (DevConsole.MediaType type : DevConsole.MediaType.values()) {
                    if (console.supportMediaType(type)) {
                        printed.add(console.getId() + ": " + console.call(type, Map.of()));
                    }
                }
            });
            main.stop();
            printed.addAll(logs.lines());
        } finally {
            main.stop();
        }
        Files.write(Path.of(args[0]), printed);
    }
}
