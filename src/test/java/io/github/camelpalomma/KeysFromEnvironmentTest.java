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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.support.KeysFromEnvironmentMain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys given as PALOMMA_API_KEY and PALOMMA_INTEGRITY_KEY, with nothing configured, are read by the component itself:
 * the consumer verifies with the integrity key, the producer goes to the sandbox, and neither key nor its first
 * characters appears anywhere Camel prints, with every logger at TRACE (Camel core's included) and every dev console.
 */
class KeysFromEnvironmentTest {

    static final String API_KEY = "akENV3xQ9TRACE01";
    static final String INTEGRITY_KEY = "ikENV7pW2TRACE02";

    @Test
    void keysFromTheEnvironmentAreUsedAndPrintedNowhere() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "keys-from-environment"));
        Path report = dir.resolve("report.txt");
        Path output = dir.resolve("output.txt");
        Files.deleteIfExists(report);
        ProcessBuilder app = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KeysFromEnvironmentMain.class.getName(),
                        report.toString(),
                        String.valueOf(AvailablePortFinder.getNextAvailable()))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        app.environment().put("PALOMMA_API_KEY", API_KEY);
        app.environment().put("PALOMMA_INTEGRITY_KEY", INTEGRITY_KEY);
        Process process = app.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(output)).isZero();

        List<String> printed = Files.readAllLines(report);
        assertThat(printed)
                .as(
                        "the delivery signed with the environment's key reaches the route, which fails; another key is refused")
                .contains("status 500", "status 401", "environment sandbox");
        assertThat(printed)
                .as("Camel core's TRACE lines and the dev consoles were captured")
                .anySatisfy(l -> assertThat(l).startsWith("TRACE org.apache.camel.impl.engine.AbstractCamelContext"))
                .anySatisfy(l -> assertThat(l).startsWith("properties: "))
                .anySatisfy(l -> assertThat(l).startsWith("route-dump: "))
                .anySatisfy(l -> assertThat(l).startsWith("main-configuration: "));
        String everything = String.join("\n", printed) + "\n" + Files.readString(output);
        for (String key : List.of(API_KEY, INTEGRITY_KEY)) {
            assertThat(everything).doesNotContain(key.substring(0, 6));
        }
    }
}
