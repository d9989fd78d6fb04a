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
package io.github.camelpalomma.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.util.IOHelper;

/**
 * The component's HTTP connection pools: endpoints with the same timeouts and pool size share one, whatever their base
 * URL and key. Pools open no connection before the first call and are closed when the component stops.
 */
public final class HttpPools extends ServiceSupport {

    private final Map<PoolSettings, HttpTransport> transports = new ConcurrentHashMap<>();

    /** A client for one base URL and key, on the pool of these settings. */
    public PalommaClient client(PoolSettings settings, RetryPolicy retry, String baseUrl, String apiKey) {
        HttpTransport transport = transports.computeIfAbsent(settings, HttpTransport::new);
        return new PalommaClient(transport, baseUrl, apiKey, retry, settings.responseTimeoutMillis());
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
