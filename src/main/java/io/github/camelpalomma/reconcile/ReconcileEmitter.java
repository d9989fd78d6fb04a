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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelpalomma.reconcile.ReconcileCounters.Count;
import io.github.camelpalomma.webhook.PalommaWebhookEvent;

/**
 * The one door to the route for status changes, from webhooks and polls alike: a change reaches the route only after
 * the store granted its {@code (resource id, status)} claim; the claim is confirmed once the route succeeded and released
 * when it failed, so that the change is delivered again rather than lost. A delivered status that is not final makes
 * the resource tracked (a webhook announced it); a final one ends its tracking.
 */
public final class ReconcileEmitter {

    private static final Logger LOG = LoggerFactory.getLogger(ReconcileEmitter.class);

    /** What became of a status change. */
    public enum Outcome {
        /** The route ran and succeeded. */
        DELIVERED,
        /** Delivered before, being delivered elsewhere, or older than what was delivered: the route did not run. */
        SKIPPED,
        /** The route, or the store, failed: deliver it again later. */
        FAILED
    }

    private final ReconcileScope scope;
    private final String resource;
    private final ReconcileStore store;
    private final RouteRunner route;

    ReconcileEmitter(ReconcileScope scope, RouteRunner route) {
        this.scope = scope;
        this.resource = scope.name();
        this.store = scope.store();
        this.route = route;
    }

    /**
     * Delivers one change unless it was delivered already; {@code done} gets the outcome, once.
     *
     * @param source {@code webhook} or {@code poll}
     */
    public void emit(PalommaWebhookEvent event, String source, boolean late, Consumer<Outcome> done) {
        String id = event.resourceId();
        String status = event.status();
        if (id == null || status == null) {
            route.run(
                    event, source, late, failure -> done.accept(failure == null ? Outcome.DELIVERED : Outcome.FAILED));
            return;
        }
        long now = System.currentTimeMillis();
        Claim claim;
        try {
            // a claim left by a node that died passes to the others with its leases
            claim = store.claim(
                    resource,
                    id,
                    status,
                    event.updatedAt(),
                    scope.node(),
                    now,
                    scope.options().leaseTimeout());
        } catch (RuntimeException e) {
            LOG.warn(
                    "Could not claim {} {} {} in the reconciliation store; it will be delivered later: {}",
                    resource,
                    id,
                    status,
                    e.getMessage());
            done.accept(Outcome.FAILED);
            return;
        }
        if (claim != Claim.CLAIMED) {
            LOG.debug("{} {} {} from {} skipped: {}", resource, id, status, source, claim);
            done.accept(Outcome.SKIPPED);
            return;
        }
        route.run(event, source, late, failure -> done.accept(settle(id, status, source, now, failure)));
    }

    private Outcome settle(String id, String status, String source, long now, Exception failure) {
        try {
            if (failure != null) {
                store.release(resource, id, status);
                return Outcome.FAILED;
            }
            store.confirm(resource, id, status);
            if (StatusOrder.isFinal(resource, status)) {
                store.untrack(resource, id);
            } else {
                store.track(
                        resource,
                        id,
                        status,
                        now,
                        now + scope.options().pacing().pollInterval());
            }
        } catch (RuntimeException e) {
            // the route ran: if the confirm is lost, the claim times out and the change is delivered once more
            LOG.warn(
                    "Could not record the delivery of {} {} {} in the reconciliation store: {}",
                    resource,
                    id,
                    status,
                    e.getMessage());
        }
        if (failure == null) {
            scope.counters().increment("poll".equals(source) ? Count.changesFound : Count.webhookChanges);
        }
        return failure == null ? Outcome.DELIVERED : Outcome.FAILED;
    }
}
