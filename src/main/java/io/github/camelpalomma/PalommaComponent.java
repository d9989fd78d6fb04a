package io.github.camelpalomma;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.camel.Endpoint;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.IOHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelpalomma.api.HttpTransport;
import io.github.camelpalomma.api.PalommaClient;
import io.github.camelpalomma.api.RetryPolicy;
import io.github.camelpalomma.reconcile.Reconciliation;
import io.github.camelpalomma.simulator.PalommaSimulator;
import io.github.camelpalomma.webhook.WebhookCounters;

/** The palomma component: {@code palomma:<resource>?operation=<operation>}. */
@Component("palomma")
public class PalommaComponent extends DefaultComponent {

    private static final Logger LOG = LoggerFactory.getLogger(PalommaComponent.class);

    @Metadata(description = "Options shared by every palomma endpoint; each endpoint may override them.")
    private PalommaConfiguration configuration = new PalommaConfiguration();

    private final Map<HttpTransport.Settings, HttpTransport> transports = new ConcurrentHashMap<>();
    private final Map<String, WebhookDispatcher> dispatchers = new ConcurrentHashMap<>();
    private final Map<String, PalommaApiHealthCheck> healthChecks = new ConcurrentHashMap<>();
    private final Reconciliation reconciliation = new Reconciliation();
    private PalommaSimulator simulator;
    private CompletableFuture<PalommaSimulator> simulatorStart;

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
        PalommaEndpoint endpoint = new PalommaEndpoint(uri, this, config);
        setProperties(endpoint, parameters);
        if (config.effectiveEnvironment() == PalommaEnvironment.simulator
                && (config.getBaseUrl() == null || config.getBaseUrl().isBlank())) {
            startSimulator(config);
        }
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
                                           + Arrays.stream(PalommaResource.values()).map(Enum::name)
                                                   .collect(Collectors.joining(", ")));
    }

    /** A client for the endpoint's base URL and key, on a connection pool shared by endpoints with the same settings. */
    PalommaClient client(PalommaConfiguration config) {
        HttpTransport.Settings settings = new HttpTransport.Settings(config.getConnectTimeout(), config.getResponseTimeout(),
                config.getMaxConnections(), config.getMaxResponseSize());
        HttpTransport transport = transports.computeIfAbsent(settings, HttpTransport::new);
        RetryPolicy retry = new RetryPolicy(config.getMaxRetries(), config.getRetryDelay(), config.getRetryMaxDelay(),
                config.getRetryDeadline());
        String apiKey = config.getApiKey();
        if (config.effectiveEnvironment() == PalommaEnvironment.simulator && (apiKey == null || apiKey.isBlank())) {
            apiKey = simulator(config).apiKey();
        }
        return new PalommaClient(transport, baseUrlOf(config), apiKey, retry, config.getResponseTimeout());
    }

    /** Publishes a started producer endpoint's client: a readiness check per base URL, and metrics with Micrometer. */
    void publish(PalommaEndpoint endpoint, PalommaClient client) {
        HealthCheckRegistry health = HealthCheckHelper.getHealthCheckRegistry(getCamelContext());
        if (health != null) {
            healthChecks.computeIfAbsent(client.baseUrl(), url -> {
                PalommaApiHealthCheck check = new PalommaApiHealthCheck("palomma-api-" + url, client);
                health.register(check);
                return check;
            });
        }
        PalommaMetrics metrics = PalommaMetrics.of(getCamelContext());
        if (metrics != null) {
            metrics.bind(endpoint.getConfiguration().getResource() + "/" + endpoint.getConfiguration().getOperation(), client);
        }
    }

    /** The resources this context's consumers reconcile; producers report what they create to it. */
    public Reconciliation reconciliation() {
        return reconciliation;
    }

    /** The dispatcher of a webhook path, shared by every palomma consumer of this CamelContext on that path. */
    WebhookDispatcher dispatcher(String path) {
        String normalized = path.startsWith("/") ? path : "/" + path;
        return dispatchers.computeIfAbsent(normalized, p -> {
            WebhookDispatcher dispatcher = new WebhookDispatcher(getCamelContext(), p);
            PalommaMetrics metrics = PalommaMetrics.of(getCamelContext());
            if (metrics != null) {
                metrics.bind(p, dispatcher.counters());
            }
            return dispatcher;
        });
    }

    /** What happened to the deliveries on a webhook path so far; null when nothing listens there. */
    public WebhookCounters webhookCounters(String path) {
        WebhookDispatcher dispatcher = dispatchers.get(path.startsWith("/") ? path : "/" + path);
        return dispatcher == null ? null : dispatcher.counters();
    }

    String baseUrlOf(PalommaConfiguration config) {
        if (config.getBaseUrl() != null && !config.getBaseUrl().isBlank()) {
            return config.getBaseUrl();
        }
        if (config.effectiveEnvironment() == PalommaEnvironment.simulator) {
            return simulator(config).baseUrl();
        }
        return config.effectiveEnvironment().baseUrl();
    }

    /**
     * Starts the embedded simulator in the background, with the options of the first endpoint that needs it, so that it
     * comes up while Camel goes on creating routes and starting its HTTP server. It signs its webhooks with the configured
     * integrity key (its own default otherwise), so this context's consumers verify them as they would Palomma's.
     */
    synchronized void startSimulator(PalommaConfiguration config) {
        if (simulatorStart != null) {
            return;
        }
        PalommaSimulator.Builder builder = PalommaSimulator.builder().port(config.getSimulatorPort());
        if (config.getApiKey() != null && !config.getApiKey().isBlank()) {
            builder.apiKey(config.getApiKey());
        }
        builder.integrityKey(simulatorIntegrityKey(config));
        if (config.getSimulatorWebhookUrl() != null && !config.getSimulatorWebhookUrl().isBlank()) {
            builder.webhookUrl(config.getSimulatorWebhookUrl());
        }
        if (config.getSimulatorAutoComplete() > 0) {
            builder.autoComplete(Duration.ofMillis(config.getSimulatorAutoComplete()));
        }
        simulatorStart = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                simulatorStart.complete(builder.build().start());
            } catch (RuntimeException | Error e) {
                simulatorStart.completeExceptionally(e);
            }
        }, "palomma-simulator-start");
        starter.setDaemon(true);
        starter.start();
    }

    /** The key the embedded simulator signs with: the newest configured one (last of a rotation list), or its default. */
    static String simulatorIntegrityKey(PalommaConfiguration config) {
        String integrityKey = config.getIntegrityKey();
        if (integrityKey == null || integrityKey.isBlank()) {
            return PalommaSimulator.DEFAULT_INTEGRITY_KEY;
        }
        String[] keys = integrityKey.split(",");
        return keys[keys.length - 1].trim();
    }

    /** The embedded simulator, waiting for it to be up; started now if no endpoint started it yet. */
    PalommaSimulator simulator(PalommaConfiguration config) {
        startSimulator(config);
        synchronized (this) {
            if (simulator == null) {
                simulator = simulatorStart.join();
                LOG.info("Embedded Palomma simulator started at {} (environment=simulator: no real money, no credentials)",
                        simulator.baseUrl());
            }
            return simulator;
        }
    }

    /** The embedded simulator, once an endpoint with environment=simulator started it; null otherwise. */
    public PalommaSimulator getSimulator() {
        return simulator;
    }

    @Override
    protected void doStop() throws Exception {
        for (HttpTransport transport : transports.values()) {
            IOHelper.close(transport);
        }
        transports.clear();
        HealthCheckRegistry health = HealthCheckHelper.getHealthCheckRegistry(getCamelContext());
        if (health != null) {
            healthChecks.values().forEach(health::unregister);
        }
        healthChecks.clear();
        synchronized (this) {
            if (simulatorStart != null) {
                simulatorStart.thenAccept(PalommaSimulator::close);
                simulatorStart = null;
            }
            simulator = null;
        }
        super.doStop();
    }

    public PalommaConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(PalommaConfiguration configuration) {
        this.configuration = configuration;
    }
}
