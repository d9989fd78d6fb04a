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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.github.camelpalomma.PalommaComponent;
import io.github.camelpalomma.model.PalommaResource;
import io.github.camelpalomma.support.PalommaTestSupport;
import io.github.camelpalomma.support.RecordingPalomma;
import io.github.camelpalomma.webhook.WebhookSignature;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every YAML example under docs/ loads and starts (so its option names and syntax are real), and the example routes
 * named direct:create-*, direct:get-* and direct:every-* call Palomma (a recording stub) without failing. A create
 * route is fed the first JSON example of its page; a webhook example receives a signed event of its page's resource.
 */
class DocsExamplesTest {

    static final Path DOCS = Path.of("docs");
    static final Pattern BLOCK = Pattern.compile("```(yaml|json)\\n(.*?)```", Pattern.DOTALL);
    static final Pattern CONSUMES_PALOMMA =
            Pattern.compile("from:\\s*\\n\\s*uri: \"?(palomma:|kamelet:palomma-webhook-source)");

    record Example(Path page, int number, String yaml, List<String> json) {
        @Override
        public String toString() {
            return DOCS.relativize(page) + " yaml #" + number;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyYamlExampleLoadsAndRuns() throws IOException {
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(DOCS)) {
            // run for real elsewhere: production.md's on PostgreSQL (ProductionDocTest), getting-started.md's with its
            // own application.properties on the simulator (GettingStartedTest)
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")
                            && !p.endsWith("production.md")
                            && !p.endsWith("getting-started.md"))
                    .sorted()
                    .toList()) {
                List<String> yaml = new ArrayList<>();
                List<String> json = new ArrayList<>();
                Matcher m = BLOCK.matcher(Files.readString(page));
                while (m.find()) {
                    (m.group(1).equals("yaml") ? yaml : json).add(m.group(2));
                }
                for (int i = 0; i < yaml.size(); i++) {
                    examples.add(new Example(page, i + 1, yaml.get(i), json));
                }
            }
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(18);
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.toString(), () -> run(e)));
    }

    /** Posts a signed event of the page's resource (payinLinks outside resources/) and answers the HTTP status. */
    static int deliver(int port, Path page) throws Exception {
        String file = page.getFileName().toString().replace(".md", "");
        PalommaResource resource =
                page.getParent().endsWith("resources") ? PalommaResource.valueOf(file) : PalommaResource.payinLinks;
        String json = "{\"webhookId\":\"01HQ0000000000000000000000\",\"timestamp\":\""
                + io.github.camelpalomma.support.Deliveries.TIMESTAMP + "\"," + "\"eventType\":\""
                + resource.eventType() + "\",\"event\":" + RecordingPalomma.fixture(resource.name()) + "}";
        String encoded = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/palomma/webhooks"))
                .header("Content-Type", "application/json")
                .header("X-Encoded-Data", encoded)
                .header("X-Signature", WebhookSignature.sign("docs-integrity-key", encoded))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    void run(Example example) throws Exception {
        boolean consumes = CONSUMES_PALOMMA.matcher(example.yaml()).find();
        try (RecordingPalomma palomma = new RecordingPalomma();
                CamelContext context = new DefaultCamelContext()) {
            context.getPropertiesComponent().addInitialProperty("palomma.integrityKey", "docs-integrity-key");
            context.getPropertiesComponent().addInitialProperty("palomma.apiKey", "docs-api-key");
            PalommaComponent component = context.getComponent("palomma", PalommaComponent.class);
            component.getConfiguration().setApiKey("docs-api-key");
            component.getConfiguration().setBaseUrl(palomma.baseUrl());
            int port = AvailablePortFinder.getNextAvailable();
            if (consumes) {
                VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
                server.setBindPort(port);
                context.addService(new VertxPlatformHttpServer(server));
            }
            context.start();

            PalommaTestSupport.loadYaml(context, example.yaml());

            assertThat(context.getRoutes()).isNotEmpty();
            for (Route route : context.getRoutes()) {
                String from = route.getEndpoint().getEndpointUri().replace("direct://", "direct:");
                Object body = from.startsWith("direct:create-")
                        ? example.json().get(0)
                        : from.startsWith("direct:get-") ? "01HPR5TEDFKT498V8CYY3RPCXP" : "";
                if (from.startsWith("direct:create-")
                        || from.startsWith("direct:get-")
                        || from.startsWith("direct:every-")) {
                    int before = palomma.requests().size();
                    context.createProducerTemplate().requestBody(from, body);
                    assertThat(palomma.requests()).as(from + " called Palomma").hasSizeGreaterThan(before);
                }
            }
            if (consumes) {
                assertThat(deliver(port, example.page()))
                        .as("the example route took a signed delivery")
                        .isEqualTo(200);
            }
        }
    }
}
