package io.github.camelpalomma;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.util.IOHelper;

import io.github.camelpalomma.api.HttpTransport;
import io.github.camelpalomma.api.PalommaClient;
import io.github.camelpalomma.api.RetryPolicy;

/**
 * The component's HTTP connection pools: endpoints with the same timeouts and pool size share one, whatever their base
 * URL and key. Pools open no connection before the first call and are closed when the component stops.
 */
final class HttpPools extends ServiceSupport {

    private final Map<HttpTransport.Settings, HttpTransport> transports = new ConcurrentHashMap<>();

    /** A client for one base URL and key, on the pool of the configuration's settings. */
    PalommaClient client(PalommaConfiguration config, String baseUrl, String apiKey) {
        HttpTransport.Settings settings = new HttpTransport.Settings(config.getConnectTimeout(), config.getResponseTimeout(),
                config.getMaxConnections(), config.getMaxResponseSize());
        HttpTransport transport = transports.computeIfAbsent(settings, HttpTransport::new);
        RetryPolicy retry = new RetryPolicy(config.getMaxRetries(), config.getRetryDelay(), config.getRetryMaxDelay(),
                config.getRetryDeadline());
        return new PalommaClient(transport, baseUrl, apiKey, retry, config.getResponseTimeout());
    }

    @Override
    protected void doStop() {
        transports.values().forEach(IOHelper::close);
        transports.clear();
    }

    @Override
    public String toString() {
        return "HttpPools[" + transports.size() + " pool(s)]";
    }
}
