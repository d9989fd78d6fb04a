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
import org.apache.camel.support.service.ServiceSupport;

import io.github.camelpalomma.webhook.WebhookCounters;

/**
 * The webhook paths of a CamelContext: one {@link WebhookDispatcher} per path, shared by every palomma consumer on it.
 * A dispatcher is made when the first consumer of its path is created; it listens only while a consumer is registered
 * with it, and outlives a restart of the context so that restarted consumers find it again.
 */
final class WebhookDispatchers extends ServiceSupport {

    private final CamelContext context;
    private final PalommaMetrics metrics;
    private final Map<String, WebhookDispatcher> dispatchers = new ConcurrentHashMap<>();

    WebhookDispatchers(CamelContext context, PalommaMetrics metrics) {
        this.context = context;
        this.metrics = metrics;
    }

    /** The dispatcher of a path ({@code events} and {@code /events} are the same path). */
    WebhookDispatcher dispatcher(String path) {
        return dispatchers.computeIfAbsent(normalize(path), p -> {
            WebhookDispatcher dispatcher = new WebhookDispatcher(context, p);
            metrics.bind(p, dispatcher.counters());
            return dispatcher;
        });
    }

    /** What happened to the deliveries on a path so far; null when no consumer was ever made for it. */
    WebhookCounters counters(String path) {
        WebhookDispatcher dispatcher = dispatchers.get(normalize(path));
        return dispatcher == null ? null : dispatcher.counters();
    }

    private static String normalize(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    @Override
    public String toString() {
        return "WebhookDispatchers" + dispatchers.keySet();
    }
}
