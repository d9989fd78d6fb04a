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

import static org.assertj.core.api.Assertions.assertThat;

/** environment=auto: the simulator without credentials, the sandbox with them, never production. */
class EnvironmentTest {

    @Test
    void autoRunsOnTheSimulatorWithoutAKey() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.getComponent("palomma", PalommaComponent.class)
                    .getConfiguration()
                    .setEnvironment(PalommaEnvironment.auto);
            context.start();
            PalommaEndpoint endpoint = context.getEndpoint("palomma:customers?operation=list", PalommaEndpoint.class);
            endpoint.createProducer();
            endpoint.start();

            PalommaComponent component = context.getComponent("palomma", PalommaComponent.class);
            assertThat(endpoint.getServiceUrl())
                    .isEqualTo(component.getSimulator().baseUrl())
                    .startsWith("http://127.0.0.1:");
        }
    }

    @Test
    void autoGoesToTheSandboxOnceAKeyIsSet() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            PalommaConfiguration config =
                    context.getComponent("palomma", PalommaComponent.class).getConfiguration();
            config.setEnvironment(PalommaEnvironment.auto);
            config.setApiKey("sk_sandbox_key");
            context.start();
            PalommaEndpoint endpoint = context.getEndpoint("palomma:customers?operation=list", PalommaEndpoint.class);

            assertThat(endpoint.getServiceUrl()).isEqualTo("https://sandbox.api.palomma.com/v0");
            assertThat(context.getComponent("palomma", PalommaComponent.class).getSimulator())
                    .isNull();
            assertThat(PalommaEnvironment.auto.resolve("any-key")).isNotEqualTo(PalommaEnvironment.production);
        }
    }
}
