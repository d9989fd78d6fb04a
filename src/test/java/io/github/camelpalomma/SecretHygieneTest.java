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

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.support.LogCapture;
import io.github.camelpalomma.support.RecordingPalomma;

import static org.assertj.core.api.Assertions.assertThat;

/** The API key is never printed: not in logs, not in exception messages, not in endpoint URIs as Camel prints them. */
class SecretHygieneTest {

    static final String API_KEY = "sk_live_SUPERSECRET_4f9a1c";

    /** Runs creates, gets, a 401, retried 500s and a validation error; returns every text Camel or we would print. */
    private static List<String> exercise(CamelContext context, RecordingPalomma palomma, String keyOption)
            throws Exception {
        List<String> printed = new ArrayList<>();
        String base = keyOption + "&maxRetries=1&retryDelay=10&baseUrl=" + palomma.baseUrl();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").routeId("create").to("palomma:customers?operation=create" + base);
                from("direct:get").routeId("get").to("palomma:payinLinks?operation=get&id=X" + base);
            }
        });
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        template.requestBody(
                "direct:create",
                "{\"name\":\"Ana\",\"documentType\":\"cc\",\"documentNumber\":\"1\","
                        + "\"email\":\"a@b.co\",\"phoneNumber\":\"3001234567\"}");
        palomma.enqueue(RecordingPalomma.Answer.of(401, "{\"message\":\"Unauthorized\"}"));
        printed.add(template.request("direct:get", e -> {}).getException().toString());
        palomma.enqueue(RecordingPalomma.Answer.of(500, "{\"message\":\"boom\"}"));
        palomma.enqueue(RecordingPalomma.Answer.of(500, "{\"message\":\"boom\"}"));
        printed.add(template.request("direct:get", e -> {}).getException().toString());
        printed.add(template.request("direct:create", e -> e.getMessage().setBody("{}"))
                .getException()
                .toString());
        for (Endpoint endpoint : context.getEndpoints()) {
            printed.add(endpoint.toString());
            printed.add(endpoint.getEndpointBaseUri());
        }
        context.getRoutes().forEach(r -> printed.add(r.getEndpoint().toString() + r.getDescription()));
        context.stop();
        assertThat(palomma.requests())
                .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + API_KEY));
        return printed;
    }

    @Test
    void keySetOnTheComponentAppearsNowhereEvenAtTrace() throws Exception {
        try (RecordingPalomma palomma = new RecordingPalomma();
                LogCapture logs = new LogCapture();
                CamelContext context = new DefaultCamelContext()) {
            context.getPropertiesComponent().addInitialProperty("camel.component.palomma.apiKey", API_KEY);
            context.getComponent("palomma", PalommaComponent.class)
                    .getConfiguration()
                    .setApiKey(API_KEY);

            List<String> printed = exercise(context, palomma, "");

            assertThat(logs.lines()).as("log lines were captured at TRACE").hasSizeGreaterThan(100);
            assertThat(logs.all()).doesNotContain("SUPERSECRET");
            assertThat(printed).allSatisfy(p -> assertThat(p).doesNotContain("SUPERSECRET"));
        }
    }

    @Test
    void keyInTheEndpointUriIsMaskedInPrintedUrisAndLogsAtDebugAndAbove() throws Exception {
        try (RecordingPalomma palomma = new RecordingPalomma();
                LogCapture logs = new LogCapture();
                CamelContext context = new DefaultCamelContext()) {
            List<String> printed = exercise(context, palomma, "&apiKey=" + API_KEY);

            assertThat(logs.debugAndAbove()).doesNotContain("SUPERSECRET");
            assertThat(printed).allSatisfy(p -> assertThat(p).doesNotContain("SUPERSECRET"));
            assertThat(printed).anySatisfy(p -> assertThat(p).contains("palomma://customers?apiKey=xxxxxx"));
        }
    }
}
