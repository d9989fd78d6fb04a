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
package io.github.camelpalomma.reconcile;

import java.util.function.Consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;

import io.github.camelpalomma.api.PalommaClient;
import io.github.camelpalomma.model.PalommaResource;
import io.github.camelpalomma.webhook.PalommaWebhookEvent;

/**
 * Reconciliation of one resource for one consumer: its store, the emitter every status change goes through, the poll
 * scheduler, and a readiness check reporting the backlog.
 */
public final class Reconciler extends ServiceSupport {

    private static final long BACKLOG_CACHE_MILLIS = 1000;

    private final CamelContext context;
    private final ReconcileScope scope;
    private final boolean ownStore;
    private final RateBudget budget;
    private final ReconcileEmitter emitter;
    private final PollScheduler scheduler;
    private ReconcileHealthCheck healthCheck;
    private volatile Backlog backlog;
    private volatile long backlogAt;

    Reconciler(
            CamelContext context,
            PalommaResource resource,
            ReconcileOptions options,
            PalommaClient client,
            RateBudget budget,
            String node,
            RouteRunner route) {
        this.context = context;
        this.ownStore = options.store() == null;
        ReconcileStore store = ownStore ? new MemoryReconcileStore() : options.store();
        this.scope = new ReconcileScope(resource, store, node, options, new ReconcileCounters());
        this.budget = budget;
        this.emitter = new ReconcileEmitter(scope, route);
        this.scheduler = new PollScheduler(context, scope, client, budget, emitter);
    }

    @Override
    protected void doStart() throws Exception {
        ServiceHelper.startService(scope.store());
        ServiceHelper.startService(scheduler);
        HealthCheckRegistry health = HealthCheckHelper.getHealthCheckRegistry(context);
        if (health != null) {
            healthCheck = new ReconcileHealthCheck(
                    "palomma-reconcile-" + scope.resource(),
                    this,
                    scope.options().pacing().maxPollInterval());
            health.register(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheck != null) {
            HealthCheckRegistry health = HealthCheckHelper.getHealthCheckRegistry(context);
            if (health != null) {
                health.unregister(healthCheck);
            }
            healthCheck = null;
        }
        ServiceHelper.stopService(scheduler);
        if (ownStore) {
            ServiceHelper.stopService(scope.store());
        }
    }

    public PalommaResource resource() {
        return scope.resource();
    }

    /** A webhook's change, after the consumer's signature, dedupe and out-of-order checks. */
    public void onWebhook(PalommaWebhookEvent event, boolean late, Consumer<ReconcileEmitter.Outcome> done) {
        emitter.emit(event, "webhook", late, done);
    }

    /**
     * Tracks a resource this application created or was told about, unless its status is final already. A null status
     * (an id given without its resource) makes the first poll deliver whatever status it finds.
     */
    public void track(String id, String status) {
        if (!scope.resource().isFinal(status)) {
            long now = System.currentTimeMillis();
            scope.store()
                    .track(
                            scope.name(),
                            id,
                            status,
                            now,
                            now + scope.options().pacing().pollInterval());
        }
    }

    public ReconcileCounters counters() {
        return scope.counters();
    }

    public boolean isPollingPaused() {
        return budget.isPaused();
    }

    /** The backlog, read from the store at most once a second. */
    public Backlog backlog() {
        long now = System.currentTimeMillis();
        Backlog known = backlog;
        if (known == null || now - backlogAt > BACKLOG_CACHE_MILLIS) {
            known = scope.store().backlog(scope.name());
            backlog = known;
            backlogAt = now;
        }
        return known;
    }
}
