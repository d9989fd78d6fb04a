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

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which key an endpoint ends up with when the environment holds PALOMMA_API_KEY and PALOMMA_INTEGRITY_KEY. */
class EnvironmentKeysTest {

    static final Map<String, String> ENVIRONMENT =
            Map.of(EnvironmentKeys.API_KEY, "env-api", EnvironmentKeys.INTEGRITY_KEY, "env-integrity");

    @Test
    void fillsOnlyTheKeysNothingConfigured() {
        PalommaConfiguration config = new PalommaConfiguration();
        config.setApiKey("configured-api");
        EnvironmentKeys.fill(config, ENVIRONMENT::get);
        assertThat(config.getApiKey()).isEqualTo("configured-api");
        assertThat(config.getIntegrityKey()).isEqualTo("env-integrity");
        assertThat(config.effectiveEnvironment()).isEqualTo(PalommaEnvironment.sandbox);
    }

    @Test
    void anEnvironmentKeyTurnsAutoIntoTheSandbox() {
        PalommaConfiguration config = new PalommaConfiguration();
        config.setEnvironment(PalommaEnvironment.auto);
        EnvironmentKeys.fill(config, ENVIRONMENT::get);
        assertThat(config.getApiKey()).isEqualTo("env-api");
        assertThat(config.effectiveEnvironment()).isEqualTo(PalommaEnvironment.sandbox);
    }

    @Test
    void theSimulatorKeepsItsOwnKeysAndBlankValuesCountAsUnset() {
        PalommaConfiguration simulator = new PalommaConfiguration();
        simulator.setEnvironment(PalommaEnvironment.simulator);
        EnvironmentKeys.fill(simulator, ENVIRONMENT::get);
        assertThat(simulator.getApiKey()).isNull();
        assertThat(simulator.getIntegrityKey()).isNull();

        PalommaConfiguration blank = new PalommaConfiguration();
        blank.setEnvironment(PalommaEnvironment.auto);
        EnvironmentKeys.fill(blank, Map.of(EnvironmentKeys.API_KEY, " ")::get);
        assertThat(blank.getApiKey()).isNull();
        assertThat(blank.effectiveEnvironment()).isEqualTo(PalommaEnvironment.simulator);
    }
}
