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

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelpalomma.api.ApiCall;
import io.github.camelpalomma.api.ApiCalls;
import io.github.camelpalomma.api.PalommaApiException;
import io.github.camelpalomma.api.PalommaClient;
import io.github.camelpalomma.model.PalommaOperation;
import io.github.camelpalomma.model.PalommaResource;
import io.github.camelpalomma.model.PalommaResourceObject;
import io.github.camelpalomma.reconcile.ReconcileCounters.Count;

/**
 * Polls the tracked resources of one kind whose turn has come, each with {@code GET /<resource>/{id}}, within the node's
 * share of maxPollRate. One thread leases due resources from the store and waits for budget slots; a few workers send
 * the GETs (so a slow answer does not hold the rate back) and hand what changed to the {@link ReconcileEmitter}.
 */
public final class PollScheduler extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(PollScheduler.class);
    private static final long IDLE_MILLIS = 100;
    private static final long PURGE_EVERY_MILLIS = 10 * 60 * 1000;

    private final CamelContext context;
    private final PalommaResource resource;
    private final ApiCall get;
    private final PalommaClient client;
    private final ReconcileStore store;
    private final RateBudget budget;
    private final PollPacing pacing;
    private final ReconcileEmitter emitter;
    private final ReconcileCounters counters;
    private final String node;
    private final long maxAge;
    private final long leaseTimeout;
    private final int workers;
    private final Semaphore slots;
    private volatile boolean running;
    private ExecutorService leaser;
    private ExecutorService pollers;
    private long nextHeartbeat;
    private long nextPurge;

    PollScheduler(
            CamelContext context,
            ReconcileScope scope,
            PalommaClient client,
            RateBudget budget,
            ReconcileEmitter emitter) {
        this.context = context;
        this.resource = scope.resource();
        this.get = ApiCalls.find(resource, PalommaOperation.get).orElseThrow();
        this.client = client;
        this.store = scope.store();
        this.budget = budget;
        this.pacing = scope.options().pacing();
        this.emitter = emitter;
        this.counters = scope.counters();
        this.node = scope.node();
        this.maxAge = scope.options().maxAge();
        this.leaseTimeout = scope.options().leaseTimeout();
        // enough GETs in flight to keep the rate while answers take up to a tenth of a second
        this.workers = (int) Math.max(2, Math.min(16, Math.ceil(budget.maxPollRate() / 10)));
        this.slots = new Semaphore(workers);
    }

    @Override
    protected void doStart() throws Exception {
        running = true;
        leaser = context.getExecutorServiceManager().newSingleThreadExecutor(this, "PalommaReconcile-" + resource);
        pollers = context.getExecutorServiceManager().newFixedThreadPool(this, "PalommaPoll-" + resource, workers);
        leaser.execute(this::run);
    }

    @Override
    protected void doStop() throws Exception {
        running = false;
        context.getExecutorServiceManager().shutdownGraceful(leaser);
        context.getExecutorServiceManager().shutdownGraceful(pollers);
    }

    private void run() {
        while (running) {
            try {
                if (!round()) {
                    TimeUnit.MILLISECONDS.sleep(IDLE_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn(
                        "Reconciliation of {} could not read its store; trying again in a second: {}",
                        resource,
                        e.getMessage());
                sleepQuietly(1000);
            }
        }
    }

    /** Leases a batch of due resources and polls them; false when none was due. */
    private boolean round() throws InterruptedException {
        long now = System.currentTimeMillis();
        if (now >= nextHeartbeat) {
            int nodes = store.heartbeat(node, now, leaseTimeout);
            budget.share(nodes);
            long period = Math.max(100, leaseTimeout / 3);
            if (nextHeartbeat == 0 && nodes > 1) {
                // joining a cluster: the others make room for this node's share at their next heartbeat
                nextHeartbeat = now + period;
                return false;
            }
            nextHeartbeat = now + period;
        }
        if (now >= nextPurge) {
            store.purge(now - maxAge);
            nextPurge = now + PURGE_EVERY_MILLIS;
        }
        // no more than can be polled well within the lease
        int max = (int) Math.max(1, Math.min(500, budget.maxPollRate() * leaseTimeout / 4000));
        List<Tracked> due = store.lease(resource.name(), node, max, now, now + leaseTimeout);
        for (int i = 0; i < due.size(); i++) {
            Tracked tracked = due.get(i);
            if (!running || !budget.acquire()) {
                // stopping: give the rest back at once rather than letting their leases run out
                giveBack(due.subList(i, due.size()));
                return true;
            }
            slots.acquire();
            try {
                pollers.execute(() -> {
                    try {
                        poll(tracked);
                    } catch (RuntimeException e) {
                        // the lease runs out and the resource is polled again then
                        LOG.warn("Poll of {} {} failed: {}", resource, tracked.id(), e.getMessage());
                    } finally {
                        slots.release();
                    }
                });
            } catch (RuntimeException rejected) {
                slots.release();
                giveBack(due.subList(i, due.size()));
                return true;
            }
        }
        return !due.isEmpty();
    }

    private void poll(Tracked tracked) {
        long now = System.currentTimeMillis();
        long age = now - tracked.firstSeen();
        if (age > maxAge) {
            LOG.info(
                    "{} {} is still {} after maxAge ({} ms); no longer polled",
                    resource,
                    tracked.id(),
                    tracked.status(),
                    maxAge);
            counters.increment(Count.expired);
            store.untrack(resource.name(), tracked.id());
            return;
        }
        counters.increment(Count.polls);
        PalommaResourceObject current;
        try {
            current = (PalommaResourceObject) client.call(get, Map.of("id", tracked.id()), null, null, null);
            budget.succeeded();
        } catch (PalommaApiException e) {
            failed(tracked, now, e);
            return;
        } catch (RuntimeException e) {
            counters.increment(Count.pollFailures);
            LOG.warn("Poll of {} {} failed: {}", resource, tracked.id(), e.getMessage());
            store.reschedule(resource.name(), tracked.id(), tracked.status(), now + pacing.delay(age));
            return;
        }
        String status = current.status();
        if (status == null || status.equals(tracked.status())) {
            store.reschedule(resource.name(), tracked.id(), tracked.status(), now + pacing.delay(age));
            return;
        }
        emitter.emit(PolledEvent.of(resource.eventType(), current), "poll", false, outcome -> {
            if (outcome != ReconcileEmitter.Outcome.FAILED && resource.isFinal(status)) {
                store.untrack(resource.name(), tracked.id());
            } else if (outcome == ReconcileEmitter.Outcome.FAILED) {
                store.reschedule(resource.name(), tracked.id(), tracked.status(), now + pacing.pollInterval());
            } else {
                store.reschedule(resource.name(), tracked.id(), status, now + pacing.delay(age));
            }
        });
    }

    private void failed(Tracked tracked, long now, PalommaApiException e) {
        counters.increment(Count.pollFailures);
        int status = e.getHttpStatus();
        if (status == 404) {
            LOG.warn("{} {} is unknown to Palomma (404); no longer polled", resource, tracked.id());
            store.untrack(resource.name(), tracked.id());
            return;
        }
        long delay = pacing.delay(now - tracked.firstSeen());
        if (status == 429) {
            budget.tooManyRequests(e.getRetryAfterMillis());
            delay = Math.max(delay, e.getRetryAfterMillis());
        } else if (status == 0 || status >= 500) {
            budget.serverError();
        } else {
            LOG.warn("Poll of {} {} refused: {}", resource, tracked.id(), e.getMessage());
        }
        store.reschedule(resource.name(), tracked.id(), tracked.status(), now + delay);
    }

    private void giveBack(List<Tracked> rest) {
        long now = System.currentTimeMillis();
        for (Tracked t : rest) {
            store.reschedule(t.resource(), t.id(), t.status(), now);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
