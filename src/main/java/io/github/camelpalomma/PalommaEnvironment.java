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

/** Where the component sends its calls, unless {@code baseUrl} is set. */
public enum PalommaEnvironment {
    /** Palomma's sandbox: no real money moves. */
    sandbox("https://sandbox.api.palomma.com/v0"),
    /**
     * Production as Palomma's create-payin-link page shows it. Later snapshots of the docs show https://api.palomma.com/v0;
     * set baseUrl if Palomma gives you that one.
     */
    production("https://prod.api.palomma.com/v0"),
    /** The simulator embedded in this jar, started on a local port on first use; no credentials needed. */
    simulator(null),
    /**
     * The simulator while no apiKey is configured, Palomma's sandbox once one is: the same routes run on a laptop without
     * credentials and against the sandbox with them. Never production, which must be chosen explicitly.
     */
    auto(null);

    private final String baseUrl;

    PalommaEnvironment(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The environment calls really go to: {@code auto} becomes sandbox or simulator by whether a key is given. */
    public PalommaEnvironment resolve(String apiKey) {
        if (this != auto) {
            return this;
        }
        return apiKey == null || apiKey.isBlank() ? simulator : sandbox;
    }
}
