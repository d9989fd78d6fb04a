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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.camel.main.KameletMain;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainSupport;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.support.RunningMain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The files of docs/getting-started.md, as a newcomer runs them: the route and application.properties on Camel Main and
 * on the engine behind {@code camel run} (KameletMain), against the embedded simulator, until the webhook says paid.
 * The page and the README show these files verbatim.
 */
class GettingStartedTest {

    static final Path FILES = Path.of("docs/getting-started");

    @Test
    void theRouteRunsOnCamelMain() throws Exception {
        Main main = new Main();
        main.configure().withRoutesIncludePattern("file:" + FILES.resolve("first.camel.yaml"));
        runsUntilPaid(main);
    }

    @Test
    void theRouteRunsOnCamelJBangsEngine() throws Exception {
        KameletMain main = new KameletMain("camel.jbang");
        main.addInitialProperty("camel.main.routesIncludePattern", "file:" + FILES.resolve("first.camel.yaml"));
        // what --kamelets-version=4.18.0 sets: the default catalogue version of this engine is older
        main.addInitialProperty("camel.jbang.kameletsVersion", "4.18.0");
        runsUntilPaid(main);
    }

    @Test
    void theReadmeAndThePageShowTheseFilesVerbatim() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String page = Files.readString(Path.of("docs/getting-started.md"));
        String route = Files.readString(FILES.resolve("first.camel.yaml"));
        String properties = Files.readString(FILES.resolve("application.properties"));
        assertThat(readme).contains(route).contains(properties);
        assertThat(page).contains(route).contains(properties);
    }

    private static void runsUntilPaid(MainSupport main) throws Exception {
        main.setPropertyPlaceholderLocations("file:" + FILES.resolve("application.properties"));
        main.addOverrideProperty("camel.server.port", Integer.toString(AvailablePortFinder.getNextAvailable()));
        main.addOverrideProperty("camel.component.palomma.simulatorAutoComplete", "300ms");
        try (RouteLog log = RouteLog.all();
                RunningMain running = RunningMain.start(main)) {
            await().atMost(60, TimeUnit.SECONDS)
                    .until(() -> running.ended() || log.lines().stream().anyMatch(l -> l.startsWith("Order ")));
            assertThat(running.ended()).as("the application keeps running").isFalse();
            assertThat(log.lines())
                    .anyMatch(l -> l.matches("Customer \\w+ created"))
                    .anyMatch(
                            l -> l.matches(
                                    "Payin link \\w+ for 150000 COP: pay at http://127\\.0\\.0\\.1:\\d+/hosted/payinLinks/\\w+"));
            assertThat(log.lines().stream().filter(l -> l.startsWith("Order ")))
                    .singleElement()
                    .asString()
                    .matches("Order order-\\d{14} paid: 150000 COP");
        }
    }
}
