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

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.camelpalomma.support.PalommaTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A mistake in a route fails at startup with a message naming the problem and the valid choices. */
class ConfigurationErrorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "palomma:payinLink?operation=create&apiKey=k | Unknown Palomma resource 'payinLink'; valid: customers, payinLinks, "
                        + "payinSources, payinRequests, payoutTargets, payoutRequests, merchantAccounts, payinSettlements, statusMessages, webhooks",
                "palomma:merchantAccounts?operation=create&apiKey=k | palomma:merchantAccounts has no operation create; valid: get, list, listAll",
                "palomma:payinLinks?operation=delete&apiKey=k | Unknown Palomma operation 'delete'; valid: create, get, list, listAll",
                "palomma:payinLinks?apiKey=k | palomma:payinLinks needs an operation to send: one of create, get, list, listAll",
                "palomma:payinLinks?operation=create | palomma:payinLinks needs an apiKey: set camel.component.palomma.apiKey"
            })
    void yamlRouteFailsAtStartup(String uri, String message) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            assertThatThrownBy(() -> PalommaTestSupport.loadYaml(
                            context,
                            """
                    - route:
                        from:
                          uri: direct:start
                          steps:
                            - to: "%s"
                    """
                                    .formatted(uri)))
                    .rootCause()
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(message);
        }
    }

    @Test
    void producerOnWebhooksIsRefused() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            assertThatThrownBy(() ->
                            context.getEndpoint("palomma:webhooks?apiKey=k").createProducer())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("palomma:webhooks only receives events");
        }
    }

    @Test
    void componentLevelApiKeyIsEnough() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.getComponent("palomma", PalommaComponent.class)
                    .getConfiguration()
                    .setApiKey("from-component");
            context.start();
            PalommaEndpoint endpoint = context.getEndpoint("palomma:customers?operation=list", PalommaEndpoint.class);
            assertThat(endpoint.createProducer()).isNotNull();
            assertThat(endpoint.getConfiguration().getApiKey()).isEqualTo("from-component");
        }
    }
}
