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

import java.io.File;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo as `mvn -q compile camel:run` starts it (DemoMain with routes/application.properties), in its own JVM, while
 * another program holds DEMO_PORT: it stops by itself, non-zero, with a message naming DEMO_PORT, instead of waiting
 * forever for webhooks that cannot arrive.
 */
class DemoPortTest {

    @Test
    void aTakenPortStopsTheDemoWithAMessageNamingDemoPort() throws Exception {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(0));
            int port = other.getLocalPort();
            Path output =
                    Files.createDirectories(Path.of("target", "demo-port")).resolve("output.txt");
            ProcessBuilder demo = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            DemoMain.class.getName(),
                            "-pl",
                            "file:routes/application.properties")
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            demo.environment().put("DEMO_PORT", Integer.toString(port));
            demo.environment().remove("PALOMMA_API_KEY");
            Process process = demo.start();
            try {
                assertThat(process.waitFor(60, TimeUnit.SECONDS))
                        .as("the demo stopped by itself")
                        .isTrue();
                assertThat(process.exitValue()).isNotZero();
                assertThat(Files.readString(output, StandardCharsets.UTF_8))
                        .contains("Port " + port + " is already in use")
                        .contains("DEMO_PORT=" + (port + 1) + " mvn -q compile camel:run")
                        .doesNotContain("Started create-payin-link");
            } finally {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void aFreePortIsNoProblem() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        assertThat(DemoMain.portProblem(port)).isNull();
        assertThat(new File("routes/application.properties")).exists();
    }
}
