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

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.service.ServiceHelper;

import io.github.camelpalomma.api.HttpPools;
import io.github.camelpalomma.api.PalommaClient;
import io.github.camelpalomma.api.PoolSettings;
import io.github.camelpalomma.api.RetryPolicy;
import io.github.camelpalomma.model.PalommaOperation;
import io.github.camelpalomma.model.PalommaResource;
import io.github.camelpalomma.reconcile.Reconciliation;
import io.github.camelpalomma.simulator.PalommaSimulator;
import io.github.camelpalomma.webhook.WebhookCounters;

/**
 * The palomma component: {@code palomma:<resource>?operation=<operation>}. It creates endpoints and holds what they share,
 * each a service started and stopped with it: the HTTP pools, the webhook paths, the embedded simulator, the producer
 * health checks and the meters. Creating an endpoint starts nothing; an endpoint takes what it needs when it starts.
 */
@Component("palomma")
public class PalommaComponent extends HealthCheckComponent {

    @Metadata(description = "Options shared by every palomma endpoint; each endpoint may override them.")
    private PalommaConfiguration configuration = new PalommaConfiguration();

    private HttpPools httpPools;
    private PalommaMetrics metrics;
    private WebhookDispatchers dispatchers;
    private EmbeddedSimulator simulator;
    private ProducerHealthChecks healthChecks;

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        httpPools = new HttpPools();
        metrics = new PalommaMetrics(getCamelContext());
        dispatchers = new WebhookDispatchers(getCamelContext(), metrics);
        simulator = new EmbeddedSimulator(getCamelContext());
        healthChecks = new ProducerHealthChecks(this);
        ServiceHelper.initService(httpPools, metrics, dispatchers, simulator, healthChecks);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ServiceHelper.startService(httpPools, metrics, dispatchers, simulator, healthChecks);
    }

    @Override
    protected void doStop() throws Exception {
        // endpoints stop first and take back what they published; whatever is left goes here, in reverse order
        ServiceHelper.stopService(healthChecks, simulator, dispatchers, metrics, httpPools);
        super.doStop();
    }

    private final Reconciliation reconciliation = new Reconciliation();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        PalommaConfiguration config = configuration.copy();
        config.setResource(parseResource(remaining));
        Object operation = parameters.get("operation");
        if (operation instanceof String name) {
            PalommaOperation op = PalommaEndpoint.parseOperation(name);
            if (!config.getResource().operations().contains(op)) {
                throw PalommaEndpoint.unsupported(config.getResource(), op);
            }
        }
        // Camel keys its endpoint registry by the URI it computed, not by getEndpointUri(): the endpoint keeps a masked
        // URI, which Camel prints (JMX, dev consoles, toString), and the configuration the real key
        PalommaEndpoint endpoint = new PalommaEndpoint(SensitiveKeys.maskInUri(uri), this, config);
        setProperties(endpoint, parameters);
        EnvironmentKeys.fill(config);
        if (config.getOperation() != null && !config.getResource().operations().contains(config.getOperation())) {
            throw PalommaEndpoint.unsupported(config.getResource(), config.getOperation());
        }
        return endpoint;
    }

    private static PalommaResource parseResource(String remaining) {
        String name = remaining == null ? "" : remaining.trim();
        for (PalommaResource resource : PalommaResource.values()) {
            if (resource.name().equals(name)) {
                return resource;
            }
        }
        throw new IllegalArgumentException("Unknown Palomma resource '" + name + "'; valid: "
                + Arrays.stream(PalommaResource.values()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** A client for the endpoint's base URL and key, on a connection pool shared by endpoints with the same settings. */
    PalommaClient client(PalommaConfiguration config) {
        String apiKey = config.getApiKey();
        if (usesSimulator(config) && (apiKey == null || apiKey.isBlank())) {
            apiKey = simulator(config).apiKey();
        }
        PoolSettings pool = new PoolSettings(
                config.getConnectTimeout(),
                config.getResponseTimeout(),
                config.getMaxConnections(),
                config.getMaxResponseSize());
        RetryPolicy retry = new RetryPolicy(
                config.getMaxRetries(), config.getRetryDelay(), config.getRetryMaxDelay(), config.getRetryDeadline());
        return httpPools.client(pool, retry, baseUrlOf(config), apiKey);
    }

    /** Publishes a started endpoint's client: its readiness check and, with Micrometer, its meters. */
    void publish(PalommaEndpoint endpoint, PalommaClient client) {
        healthChecks.add(endpoint, client);
        metrics.bind(endpoint, client);
    }

    /** Takes back what {@link #publish} published, when the endpoint stops. */
    void unpublish(PalommaClient client) {
        healthChecks.remove(client);
        metrics.unbind(client);
    }

    PalommaMetrics metrics() {
        return metrics;
    }

    /** The resources this context's consumers reconcile; producers report what they create to it. */
    public Reconciliation reconciliation() {
        return reconciliation;
    }

    /** The dispatcher of a webhook path, shared by every palomma consumer of this CamelContext on that path. */
    WebhookDispatcher dispatcher(String path) {
        return dispatchers.dispatcher(path);
    }

    /** What happened to the deliveries on a webhook path so far; null when nothing listens there. */
    public WebhookCounters webhookCounters(String path) {
        return dispatchers.counters(path);
    }

    /** The base URL calls go to; for the embedded simulator, waits for it to be up (starting it if need be). */
    String baseUrlOf(PalommaConfiguration config) {
        if (usesSimulator(config)) {
            return simulator(config).baseUrl();
        }
        return config.getBaseUrl() != null && !config.getBaseUrl().isBlank()
                ? config.getBaseUrl()
                : config.effectiveEnvironment().baseUrl();
    }

    /** Whether an endpoint with this configuration runs against the embedded simulator. */
    static boolean usesSimulator(PalommaConfiguration config) {
        return config.effectiveEnvironment() == PalommaEnvironment.simulator
                && (config.getBaseUrl() == null || config.getBaseUrl().isBlank());
    }

    /** The embedded simulator's webhooks go to a consumer of this context, signed with its key (see EmbeddedSimulator). */
    void simulatorDeliversTo(PalommaConfiguration consumer, String accepted, String localUrl) {
        simulator.deliverTo(consumer, accepted, localUrl);
    }

    /** Starts the embedded simulator in the background, with these options unless an endpoint started it already. */
    void startSimulator(PalommaConfiguration config) {
        simulator.start(config);
    }

    /** The key the embedded simulator signs with: the newest configured one (last of a rotation list), or its default. */
    static String simulatorIntegrityKey(PalommaConfiguration config) {
        return EmbeddedSimulator.integrityKey(config);
    }

    /** The embedded simulator, waiting for it to be up; started now if no endpoint started it yet. */
    PalommaSimulator simulator(PalommaConfiguration config) {
        return simulator.get(config);
    }

    /** The embedded simulator, once an endpoint with environment=simulator started it; null otherwise. */
    public PalommaSimulator getSimulator() {
        return simulator == null ? null : simulator.running();
    }

    public PalommaConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(PalommaConfiguration configuration) {
        this.configuration = configuration;
    }
}
