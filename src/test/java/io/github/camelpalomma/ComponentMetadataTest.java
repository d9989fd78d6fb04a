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

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The component JSON that catalogs, designers and the Endpoint DSL read is complete. */
class ComponentMetadataTest {

    static JsonNode json;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in =
                PalommaComponent.class.getResourceAsStream("/META-INF/io/github/camelpalomma/palomma.json")) {
            assertThat(in).as("palomma.json is on the classpath").isNotNull();
            json = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyOptionAndHeaderIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        for (String section : List.of("componentProperties", "properties", "headers")) {
            for (Map.Entry<String, JsonNode> e : json.get(section).properties()) {
                String description = e.getValue().path("description").asText("");
                if (description.isBlank()) {
                    undescribed.add(section + "." + e.getKey());
                }
            }
        }
        assertThat(undescribed).isEmpty();
        assertThat(json.get("headers").size()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void secretsAreFlaggedAndEnumsTyped() {
        JsonNode props = json.get("properties");
        assertThat(props.get("apiKey").get("secret").asBoolean()).isTrue();
        assertThat(props.get("integrityKey").get("secret").asBoolean()).isTrue();
        assertThat(json.get("componentProperties").get("apiKey").get("secret").asBoolean())
                .isTrue();
        assertThat(props.get("resource").get("type").asText()).isEqualTo("enum");
        assertThat(props.get("resource").get("enum"))
                .extracting(JsonNode::asText)
                .contains(
                        "customers", "payinLinks", "payoutRequests", "payinSettlements", "statusMessages", "webhooks");
        assertThat(props.get("operation").get("enum"))
                .extracting(JsonNode::asText)
                .containsExactly("create", "get", "list", "listAll");
        assertThat(props.get("environment").get("enum"))
                .extracting(JsonNode::asText)
                .containsExactly("sandbox", "production", "simulator", "auto");
        assertThat(props.get("connectTimeout").get("type").asText()).isEqualTo("duration");
        assertThat(json.get("component").get("label").asText()).isEqualTo("saas,finance,api");
    }

    @Test
    void noSecretValueIsPartOfTheMetadata() {
        assertThat(json.toString()).doesNotContain("sk_").doesNotContain("sim_api_key");
    }
}
