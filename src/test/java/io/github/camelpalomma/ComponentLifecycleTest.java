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

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.support.Deliveries;
import io.github.camelpalomma.support.PalommaTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tools that only read routes (designers, dependency listers) create endpoints without starting them: that must start no
 * server and no thread. The embedded simulator comes up when an endpoint that needs it starts, and goes with the context.
 */
class ComponentLifecycleTest {

    static final String ROUTES =
            """
            - route:
                from:
                  uri: palomma:webhooks
                  steps:
                    - to: palomma:payinLinks?operation=create
                    - to: palomma:customers?operation=list
            """;

    @Test
    void creatingEndpointsStartsNothingStartingThemStartsTheSimulator() throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        try (CamelContext context = new DefaultCamelContext()) {
            PalommaComponent component = context.getComponent("palomma", PalommaComponent.class);
            component.getConfiguration().setEnvironment(PalommaEnvironment.simulator);
            component.getConfiguration().setSimulatorPort(port);
            Deliveries.addServer(context);
            PalommaTestSupport.loadYaml(context, ROUTES);
            context.getEndpoint("palomma:payoutRequests?operation=get&id=P1");
            context.getEndpoint("palomma:payinLinks?eventTypes=payin-link.update");

            assertThat(context.getEndpoints()).as("endpoints were created").hasSizeGreaterThanOrEqualTo(2);
            assertThat(listening(port)).as("a server on the simulator's port").isFalse();
            assertThat(palommaThreads()).isEmpty();
            assertThat(component.getSimulator()).isNull();

            context.start();

            assertThat(component.getSimulator()).isNotNull();
            assertThat(component.getSimulator().port()).isEqualTo(port);
            HttpResponse<Void> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v0/customers"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            assertThat(answer.statusCode())
                    .as("the simulator answers (and wants a key)")
                    .isEqualTo(401);
            assertThat(palommaThreads())
                    .as("it was started on a thread of Camel's ExecutorServiceManager")
                    .anyMatch(name -> name.matches("Camel \\(.+\\) thread #\\d+ - PalommaSimulatorStart"));

            context.stop();
            assertThat(listening(port))
                    .as("the simulator stops with the context")
                    .isFalse();
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(palommaThreads()).isEmpty());
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> palommaThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .filter(name -> name.toLowerCase().contains("palomma"))
                .toList();
    }
}
