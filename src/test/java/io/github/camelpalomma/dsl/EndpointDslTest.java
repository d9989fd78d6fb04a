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
package io.github.camelpalomma.dsl;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.dsl.PalommaEndpointBuilderFactory.PalommaBuilders;
import io.github.camelpalomma.internal.Json;
import io.github.camelpalomma.model.Customer;
import io.github.camelpalomma.model.PalommaOperation;
import io.github.camelpalomma.support.RecordingPalomma;

import static org.assertj.core.api.Assertions.assertThat;

/** Java DSL users write palomma("customers").operation(...) with the generated, typed PalommaEndpointBuilderFactory. */
class EndpointDslTest {

    RecordingPalomma palomma;
    CamelContext context;

    /** A user's route class: everything typed, no URI string. */
    static class CustomerRoutes extends EndpointRouteBuilder implements PalommaBuilders {
        private final String baseUrl;

        CustomerRoutes(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        @Override
        public void configure() {
            from(direct("newCustomer"))
                    .to(palomma("customers")
                            .operation(PalommaOperation.create)
                            .apiKey("k")
                            .advanced()
                            .baseUrl(baseUrl));
            from(direct("customer"))
                    .setHeader(palomma().palommaId(), simple("${body}"))
                    .to(palomma("customers")
                            .operation(PalommaOperation.get)
                            .apiKey("k")
                            .advanced()
                            .baseUrl(baseUrl));
        }
    }

    @BeforeEach
    void start() throws Exception {
        palomma = new RecordingPalomma();
        context = new DefaultCamelContext();
        context.addRoutes(new CustomerRoutes(palomma.baseUrl()));
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        palomma.close();
    }

    @Test
    void createGoesOutAsAPostAndAnswersACustomer() throws Exception {
        Map<String, Object> body = Map.of(
                "reference",
                "cust-1",
                "name",
                "Pepito Perez",
                "documentType",
                "cc",
                "documentNumber",
                "1037551022",
                "email",
                "pepito@gmail.com",
                "phoneNumber",
                "3013111111");

        Object answer = context.createProducerTemplate().requestBody("direct:newCustomer", body);

        RecordingPalomma.Recorded sent = palomma.last();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v0/customers");
        assertThat(sent.header("Authorization")).isEqualTo("Bearer k");
        assertThat(Json.reader().readTree(sent.body())).isEqualTo(Json.valueToTree(body));
        assertThat(answer).isInstanceOfSatisfying(Customer.class, c -> {
            assertThat(c.id()).isEqualTo("01HPR57X6QR5ZRKEEKBSDBW4RA");
            assertThat(c.name()).isEqualTo("Pepito Perez");
        });
    }

    @Test
    void getTakesTheIdFromTheTypedHeaderName() {
        Object answer = context.createProducerTemplate().requestBody("direct:customer", "01HPR57X6QR5ZRKEEKBSDBW4RA");

        assertThat(palomma.last().method()).isEqualTo("GET");
        assertThat(palomma.last().path()).isEqualTo("/v0/customers/01HPR57X6QR5ZRKEEKBSDBW4RA");
        assertThat(answer).isInstanceOf(Customer.class);
    }

    @Test
    void theBuilderWritesTheSameUriAUserWouldType() {
        String uri = new CustomerRoutes("http://x")
                .palomma("payinLinks")
                .operation(PalommaOperation.list)
                .limit(5)
                .getRawUri();

        assertThat(uri).isEqualTo("palomma://payinLinks?limit=5&operation=list");
    }

    @Test
    void onlyThePalommaFactoryIsOurs() {
        ClassLoader loader = getClass().getClassLoader();
        String ours = loader.getResource("io/github/camelpalomma/dsl/PalommaEndpointBuilderFactory.class")
                .toString();
        assertThat(ours)
                .as("compiled into the component, not a jar")
                .startsWith("file:")
                .contains("/target/classes/");
        assertThat(loader.getResource("org/apache/camel/builder/endpoint/dsl/PalommaEndpointBuilderFactory.class"))
                .as("nothing of the component in camel-endpointdsl's package")
                .isNull();
        for (String clash : new String[] {"EndpointBuilderFactory", "EndpointBuilders", "StaticEndpointBuilders"}) {
            assertThat(loader.getResource("org/apache/camel/builder/endpoint/" + clash + ".class")
                            .toString())
                    .as(clash + " must come from camel-endpointdsl")
                    .startsWith("jar:")
                    .contains("camel-endpointdsl");
        }
    }
}
