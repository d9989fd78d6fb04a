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

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;

import io.github.camelpalomma.api.PalommaClient;
import io.github.camelpalomma.reconcile.Reconciler;
import io.github.camelpalomma.webhook.WebhookCounters;

/**
 * Publishes the component's counters as Micrometer meters when the application has a MeterRegistry (as camel-micrometer
 * provides): each started endpoint client its own, removed when the endpoint stops; each webhook path its own. Does
 * nothing when Micrometer is absent, which it may be: it is an optional dependency.
 */
final class PalommaMetrics extends ServiceSupport {

    private static final boolean MICROMETER = present("io.micrometer.core.instrument.MeterRegistry");

    private final CamelContext context;
    private final Map<PalommaClient, List<Object>> clientMeters = new ConcurrentHashMap<>();
    private final Map<Reconciler, List<Object>> reconcilerMeters = new ConcurrentHashMap<>();
    private volatile MicrometerMeters meters;

    PalommaMetrics(CamelContext context) {
        this.context = context;
    }

    /** Meters for a started endpoint's client, tagged with the endpoint's resource/operation and id. */
    void bind(PalommaEndpoint endpoint, PalommaClient client) {
        MicrometerMeters m = meters();
        if (m != null) {
            PalommaConfiguration config = endpoint.getConfiguration();
            clientMeters.put(
                    client, m.bind(config.getResource() + "/" + config.getOperation(), endpoint.getId(), client));
        }
    }

    /** Removes the meters of a client whose endpoint stopped. */
    void unbind(PalommaClient client) {
        List<Object> bound = clientMeters.remove(client);
        if (bound != null) {
            meters.remove(bound);
        }
    }

    /** Meters of a reconciling consumer, removed when it stops. */
    void bind(Reconciler reconciler) {
        MicrometerMeters m = meters();
        if (m != null) {
            reconcilerMeters.put(reconciler, m.bind(reconciler));
        }
    }

    void unbind(Reconciler reconciler) {
        List<Object> bound = reconcilerMeters.remove(reconciler);
        if (bound != null) {
            meters.remove(bound);
        }
    }

    void bind(String path, WebhookCounters counters) {
        MicrometerMeters m = meters();
        if (m != null) {
            m.bind(path, counters);
        }
    }

    /** Looked up on first use, not at start: the application may bind its MeterRegistry after the component started. */
    private MicrometerMeters meters() {
        if (meters == null && MICROMETER) {
            meters = MicrometerMeters.find(context);
        }
        return meters;
    }

    @Override
    protected void doStop() {
        clientMeters.keySet().forEach(this::unbind);
        reconcilerMeters.keySet().forEach(this::unbind);
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, PalommaMetrics.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "PalommaMetrics[" + clientMeters.size() + " client(s)]";
    }
}
