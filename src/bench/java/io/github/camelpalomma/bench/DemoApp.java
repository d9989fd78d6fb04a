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
package io.github.camelpalomma.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The demo app (Camel Main, routes/, simulator): how to start it and how to tell it is ready. */
final class DemoApp {

    /** Camel Main's line once every route, the HTTP server and the simulator are up. */
    static final Pattern READY = Pattern.compile("Apache Camel .* started in");

    /**
     * What this JVM's class path has that the demo's does not: test and bench tools, and Camel modules camel:run does not
     * give the demo (JMX management above all, which registers an MBean per route and endpoint at start). Log4j 2 is
     * replaced by slf4j-simple, see {@link #command}.
     */
    static final Pattern NOT_THE_DEMOS = Pattern.compile("(^|/)(selenium|opentelemetry|byte-buddy|guava|failureaccess|"
            + "HikariCP|postgresql|spring-|camel-sql|junit|opentest4j|apiguardian|assertj|awaitility|hamcrest|camel-test|"
            + "camel-mock|camel-kamelet|camel-tooling|maven-|plexus|camel-catalog|camel-micrometer|micrometer-|camel-http-4|"
            + "httpclient-4|httpcore-4|camel-endpointdsl|aether|sisu|guice|jline|picocli|camel-groovy|joor|camel-jfr|"
            + "camel-direct|camel-management-4|log4j-core|log4j-slf4j2-impl|test-classes|bench-classes)[^/]*$");

    private DemoApp() {}

    /**
     * The demo as {@code mvn -q compile camel:run} starts it (Camel Main, routes/application.properties, the embedded
     * simulator), but as a plain {@code java} process on this JVM's class path, so no Maven step is timed, on a free
     * port. It logs at INFO through slf4j-simple, as the minimal app it is compared with does (Log4j 2, which
     * camel:run brings, adds about 0.3 s of its own start-up).
     */
    static List<String> command(String java, String classPath, Path projectDir) {
        String demoClassPath = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !NOT_THE_DEMOS.matcher(entry).find())
                .collect(Collectors.joining(File.pathSeparator));
        return List.of(
                java,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dcamel.server.port=" + freePort(),
                "-cp",
                demoClassPath,
                "org.apache.camel.main.Main",
                "-pl",
                "file:routes/application.properties");
    }

    /**
     * The smallest Camel Main application on the same class path and logging: one YAML route, timer -> log, written
     * under the work directory. What the demo's start-up is compared with.
     */
    static List<String> minimalCommand(String java, String classPath, Path workDir) throws IOException {
        Path dir = Files.createDirectories(workDir.resolve("minimal-app"));
        Path route = dir.resolve("minimal.camel.yaml");
        Files.writeString(
                route,
                """
                - route:
                    from:
                      uri: timer:tick
                      parameters:
                        period: 60000
                      steps:
                        - log: tick
                """);
        Path properties = dir.resolve("application.properties");
        Files.writeString(
                properties,
                "camel.main.name = minimal\ncamel.main.routesIncludePattern = file:" + route.toAbsolutePath() + "\n");
        List<String> demo = command(java, classPath, Path.of(""));
        List<String> minimal = new java.util.ArrayList<>(demo.subList(0, demo.size() - 1));
        minimal.add("file:" + properties.toAbsolutePath());
        return minimal;
    }

    /** The command as the report shows it: no absolute paths, no port of one run. */
    static String display(List<String> command) {
        List<String> shown = new java.util.ArrayList<>(command);
        shown.set(0, "java");
        shown.set(shown.indexOf("-cp") + 1, "<the test class path without test tools>");
        shown.replaceAll(arg -> arg.startsWith("-Dcamel.server.port=")
                ? "-Dcamel.server.port=<free port>"
                : arg.startsWith("file:/")
                        ? "file:<work>/" + Path.of(arg.substring(5)).getFileName()
                        : arg);
        return String.join(" ", shown);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
