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
        HttpTransport.Settings settings = new HttpTransport.Settings(
                config.getConnectTimeout(),
                config.getResponseTimeout(),
                config.getMaxConnections(),
                config.getMaxResponseSize());
        HttpTransport transport = transports.computeIfAbsent(settings, HttpTransport::new);
        RetryPolicy retry = new RetryPolicy(
                config.getMaxRetries(), config.getRetryDelay(), config.getRetryMaxDelay(), config.getRetryDeadline());
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
