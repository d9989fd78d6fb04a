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

import org.apache.camel.Endpoint;

/**
 * The integrity key a webhook consumer verifies with. A consumer accepts only a key it was given, except with
 * {@code environment=simulator}, where it verifies the embedded simulator's signatures; and with {@code environment=auto}
 * only while nothing in the CamelContext talks to Palomma with an apiKey (then auto means the simulator for every
 * endpoint, as the demo runs).
 */
final class WebhookKeys {

    private WebhookKeys() {}

    static String integrityKey(PalommaEndpoint endpoint) {
        PalommaConfiguration configuration = endpoint.getConfiguration();
        if (!isBlank(configuration.getIntegrityKey())) {
            return configuration.getIntegrityKey();
        }
        if (configuration.getEnvironment() == PalommaEnvironment.simulator
                || configuration.getEnvironment() == PalommaEnvironment.auto && noApiKeyAnywhere(endpoint)) {
            return PalommaComponent.simulatorIntegrityKey(configuration);
        }
        throw new IllegalArgumentException(
                "palomma:" + configuration.getResource() + " needs an integrityKey to verify "
                        + "webhook signatures: set camel.component.palomma.integrityKey, the endpoint's "
                        + "integrityKey option or the PALOMMA_INTEGRITY_KEY environment variable"
                        + (configuration.getEnvironment() == PalommaEnvironment.auto
                                ? " (environment=auto trusts the simulator's key only while no "
                                        + "palomma endpoint has an apiKey)"
                                : ""));
    }

    private static boolean noApiKeyAnywhere(PalommaEndpoint endpoint) {
        if (!isBlank(endpoint.getComponent().getConfiguration().getApiKey())) {
            return false;
        }
        for (Endpoint other : endpoint.getCamelContext().getEndpoints()) {
            if (other instanceof PalommaEndpoint palomma
                    && !isBlank(palomma.getConfiguration().getApiKey())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
