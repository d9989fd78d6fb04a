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
package io.github.camelpalomma.samples.gettingstarted;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spring Boot section of docs/getting-started.md gives this project's files, so the page runs as FirstApplicationTest. */
class GettingStartedPageTest {

    static final Path REPOSITORY = Path.of("../..");
    static final Pattern DEPENDENCY = Pattern.compile("<dependency>.*?</dependency>", Pattern.DOTALL);

    private final String page = read(REPOSITORY.resolve("docs/getting-started.md"));

    @Test
    void theRouteIsThePagesRoute() {
        assertThat(read(Path.of("src/main/resources/camel/first.camel.yaml")))
                .isEqualTo(read(REPOSITORY.resolve("docs/getting-started/first.camel.yaml")));
    }

    @Test
    void thePageShowsTheApplicationAndItsProperties() {
        String application =
                read(Path.of("src/main/java/io/github/camelpalomma/samples/gettingstarted/FirstApplication.java"));
        assertThat(page)
                .contains(application.substring(application.indexOf("package ")))
                .contains(read(Path.of("src/main/resources/application.properties")));
    }

    @Test
    void thePageListsEveryDependency() {
        String pageInOneLine = oneLine(page);
        DEPENDENCY
                .matcher(read(Path.of("pom.xml")))
                .results()
                .map(dependency -> oneLine(dependency.group()))
                .filter(dependency -> !dependency.contains("<scope>test</scope>"))
                .forEach(dependency -> assertThat(pageInOneLine).contains(dependency));
    }

    private static String oneLine(String xml) {
        return xml.replaceAll("<!--.*?-->", "").replaceAll(">\\s+<", "><").trim();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot read " + file.toAbsolutePath().normalize(), e);
        }
    }
}
