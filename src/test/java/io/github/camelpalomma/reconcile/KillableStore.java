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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * A node's view of the shared store that can die: after {@link #kill()} every call fails, as if the process were gone,
 * and whatever it leased stays leased. The kill waits for the deliveries already in a route to be confirmed, so it lands
 * between two deliveries (a crash inside one would deliver that one again, which the docs say).
 */
final class KillableStore implements ReconcileStore {

    private final ReconcileStore delegate;
    private final AtomicInteger inRoute = new AtomicInteger();
    private volatile boolean dying;
    private volatile boolean dead;

    KillableStore(ReconcileStore delegate) {
        this.delegate = delegate;
    }

    void kill() {
        dying = true;
        await().atMost(30, TimeUnit.SECONDS).until(() -> inRoute.get() == 0);
        dead = true;
    }

    private void alive() {
        if (dead) {
            throw new IllegalStateException("this node is dead");
        }
    }

    @Override
    public void track(String resource, String id, String status, long now, long dueAt) {
        alive();
        delegate.track(resource, id, status, now, dueAt);
    }

    @Override
    public void untrack(String resource, String id) {
        alive();
        delegate.untrack(resource, id);
    }

    @Override
    public List<Tracked> lease(String resource, String node, int max, long now, long leaseUntil) {
        alive();
        return delegate.lease(resource, node, max, now, leaseUntil);
    }

    @Override
    public void reschedule(String resource, String id, String status, long dueAt) {
        alive();
        delegate.reschedule(resource, id, status, dueAt);
    }

    @Override
    public synchronized Claim claim(
            String resource, String id, String status, String updatedAt, String node, long now, long claimTimeout) {
        if (dying) {
            throw new IllegalStateException("this node is dying");
        }
        Claim claim = delegate.claim(resource, id, status, updatedAt, node, now, claimTimeout);
        if (claim == Claim.CLAIMED) {
            inRoute.incrementAndGet();
        }
        return claim;
    }

    @Override
    public void confirm(String resource, String id, String status) {
        delegate.confirm(resource, id, status);
        inRoute.decrementAndGet();
    }

    @Override
    public void release(String resource, String id, String status) {
        delegate.release(resource, id, status);
        inRoute.decrementAndGet();
    }

    @Override
    public int heartbeat(String node, long now, long timeout) {
        alive();
        return delegate.heartbeat(node, now, timeout);
    }

    @Override
    public int purge(long before) {
        alive();
        return delegate.purge(before);
    }

    @Override
    public Backlog backlog(String resource) {
        alive();
        return delegate.backlog(resource);
    }
}
