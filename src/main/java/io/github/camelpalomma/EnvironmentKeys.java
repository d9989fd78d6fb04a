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

import java.util.function.UnaryOperator;

/**
 * The keys an endpoint takes from the process environment ({@code PALOMMA_API_KEY}, {@code PALOMMA_INTEGRITY_KEY}) when
 * neither the endpoint nor the component configures one. Read here, a key never passes through Camel's property
 * placeholders, which print every value they resolve at DEBUG and TRACE and in some dev consoles. Not with
 * {@code environment=simulator}, which uses the simulator's own keys.
 */
final class EnvironmentKeys {

    static final String API_KEY = "PALOMMA_API_KEY";
    static final String INTEGRITY_KEY = "PALOMMA_INTEGRITY_KEY";

    private EnvironmentKeys() {}

    static void fill(PalommaConfiguration config) {
        fill(config, System::getenv);
    }

    static void fill(PalommaConfiguration config, UnaryOperator<String> environment) {
        if (config.getEnvironment() == PalommaEnvironment.simulator) {
            return;
        }
        config.setApiKey(configuredOr(config.getApiKey(), environment.apply(API_KEY)));
        config.setIntegrityKey(configuredOr(config.getIntegrityKey(), environment.apply(INTEGRITY_KEY)));
    }

    private static String configuredOr(String configured, String fromEnvironment) {
        return isBlank(configured) && !isBlank(fromEnvironment) ? fromEnvironment : configured;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
