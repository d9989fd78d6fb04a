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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The logging of the measured child JVMs: warnings and errors only, to the console (which goes to the child's log file).
 * Without it they would pick up src/test/resources/log4j2-test.xml, which logs the component at DEBUG to a file: one
 * log line per call, a cost only the component's subjects would pay.
 */
final class BenchLogging {

    private static final String CONFIG =
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <Configuration status="WARN">
              <Appenders>
                <Console name="console" target="SYSTEM_ERR">
                  <PatternLayout pattern="%d{HH:mm:ss.SSS} %-5level [%t] %c{1} - %msg%n"/>
                </Console>
              </Appenders>
              <Loggers>
                <Root level="WARN"><AppenderRef ref="console"/></Root>
              </Loggers>
            </Configuration>
            """;

    private BenchLogging() {}

    /** Writes the configuration under the work directory; answers the JVM option that selects it. */
    static String jvmOption(Path work) {
        try {
            Files.createDirectories(work);
            Path file = work.resolve("log4j2-bench.xml").toAbsolutePath();
            Files.writeString(file, CONFIG);
            return "-Dlog4j2.configurationFile=" + file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
