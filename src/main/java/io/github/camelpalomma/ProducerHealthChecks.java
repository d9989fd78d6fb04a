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
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.service.ServiceSupport;

import io.github.camelpalomma.api.PalommaClient;

/**
 * One readiness check per started endpoint client, in Camel's producers repository: two endpoints on the same URL with
 * different keys are both probed. Honours the component's {@code healthCheckProducerEnabled} and Camel's own switches
 * ({@code camel.health.producersEnabled}); without a health-check registry nothing is registered.
 */
final class ProducerHealthChecks extends ServiceSupport {

    private final PalommaComponent component;
    private final Map<PalommaClient, PalommaProducerHealthCheck> checks = new ConcurrentHashMap<>();
    private volatile WritableHealthCheckRepository repository;

    ProducerHealthChecks(PalommaComponent component) {
        this.component = component;
    }

    void add(PalommaEndpoint endpoint, PalommaClient client) {
        CamelContext context = component.getCamelContext();
        if (repository == null) {
            // looked up now, not at start: the application may set up health checks after the component started
            repository = HealthCheckHelper.getHealthCheckRepository(
                    context, "producers", WritableHealthCheckRepository.class);
            if (repository == null) {
                return;
            }
        }
        PalommaConfiguration config = endpoint.getConfiguration();
        // the endpoint's id keeps apart endpoints that differ only in options, such as the key
        PalommaProducerHealthCheck check = new PalommaProducerHealthCheck(
                "producer:palomma-" + config.getResource() + "-" + config.getOperation() + "-" + endpoint.getId(),
                client);
        check.setEnabled(component.isHealthCheckProducerEnabled());
        check.setCamelContext(context);
        checks.put(client, check);
        repository.addHealthCheck(check);
    }

    void remove(PalommaClient client) {
        PalommaProducerHealthCheck check = checks.remove(client);
        if (check != null && repository != null) {
            repository.removeHealthCheck(check);
        }
    }

    @Override
    protected void doStop() {
        checks.keySet().forEach(this::remove);
        repository = null;
    }

    @Override
    public String toString() {
        return "ProducerHealthChecks[" + checks.size() + " check(s)]";
    }
}
