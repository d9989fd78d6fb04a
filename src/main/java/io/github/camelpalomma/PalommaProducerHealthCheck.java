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

import org.apache.camel.health.HealthCheckResultBuilder;

import io.github.camelpalomma.api.PalommaClient;
import io.github.camelpalomma.internal.ReadinessCheck;

/**
 * Readiness of one endpoint's client: can Palomma be reached with its base URL and key? One GET of the merchant accounts,
 * no retries. UP on 200, DOWN when Palomma cannot be reached, refuses the key (401, 403) or answers anything else.
 */
final class PalommaProducerHealthCheck extends ReadinessCheck {

    private final PalommaClient client;

    PalommaProducerHealthCheck(String id, PalommaClient client) {
        super(id);
        this.client = client;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("url", client.baseUrl());
        int status = client.probe();
        builder.detail("http.status", status);
        if (status == 200) {
            builder.up();
            return;
        }
        String why =
                switch (status) {
                    case 0 -> "Palomma cannot be reached";
                    case 401, 403 -> "Palomma refuses the API key";
                    default -> "Palomma answered " + status;
                };
        builder.message(why).down();
    }

    @Override
    public String toString() {
        return "PalommaProducerHealthCheck[" + getId() + "]";
    }
}
