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
package io.github.camelpalomma.docs;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelpalomma.PalommaComponent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/reference.md is exactly what {@link ReferenceDoc} renders from the palomma.json of this build; with
 * -Dpalomma.docs.write=true it is rewritten instead.
 */
class ReferenceDocTest {

    static final Path REFERENCE = Path.of("docs/reference.md");
    static JsonNode json;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in =
                PalommaComponent.class.getResourceAsStream("/META-INF/io/github/camelpalomma/palomma.json")) {
            json = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void referenceIsUpToDate() throws Exception {
        String expected = ReferenceDoc.render(json);
        if (Boolean.getBoolean("palomma.docs.write")) {
            Files.createDirectories(REFERENCE.getParent());
            Files.writeString(REFERENCE, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(REFERENCE) ? Files.readString(REFERENCE, StandardCharsets.UTF_8) : "";
        assertThat(actual)
                .as("docs/reference.md is stale; regenerate it with: " + ReferenceDoc.REGENERATE)
                .isEqualTo(expected);
    }

    @Test
    void everyOptionAndHeaderIsInTheReference() {
        String doc = ReferenceDoc.render(json);
        for (String section : new String[] {"componentProperties", "properties", "headers"}) {
            json.get(section).fieldNames().forEachRemaining(name -> assertThat(doc)
                    .contains("`" + name + "`"));
        }
        assertThat(doc)
                .contains("### security")
                .contains("### retry")
                .contains("### simulator")
                .contains("`sandbox`, `production`, `simulator`");
    }
}
