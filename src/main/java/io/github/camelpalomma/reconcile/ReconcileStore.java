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

/**
 * Where reconciliation keeps its state: the resources being tracked, with their leases and poll times, and every
 * {@code (resource id, status)} claimed for delivery. Deciding a claim here, atomically, is what lets the webhook path and
 * the poll path, on any number of nodes, deliver each status change once. {@link MemoryReconcileStore} serves one node;
 * {@link JdbcReconcileStore} serves a cluster sharing a database.
 * <p>
 * Times are epoch milliseconds given by the caller, so a store never reads a clock of its own.
 */
public interface ReconcileStore {

    /**
     * Starts tracking a resource last seen in {@code status}, its first poll due at {@code dueAt}; if it is tracked
     * already, only its status is updated.
     */
    void track(String resource, String id, String status, long now, long dueAt);

    /** Stops tracking a resource: it reached a final status or outlived maxAge. */
    void untrack(String resource, String id);

    /**
     * Leases up to {@code max} tracked resources whose poll is due and that no live node holds, for {@code node} until
     * {@code leaseUntil}. A lease not given back by then (its node died) can be taken by another node.
     */
    List<Tracked> lease(String resource, String node, int max, long now, long leaseUntil);

    /** Gives a leased resource back, last seen in {@code status}, with its next poll due at {@code dueAt}. */
    void reschedule(String resource, String id, String status, long dueAt);

    /** Asks to deliver {@code status}; see {@link Claim}. A CLAIMED status must then be confirmed or released. */
    Claim claim(String resource, String id, String status, String updatedAt, String node, long now, long claimTimeout);

    /** The route succeeded: the status counts as delivered, for good. */
    void confirm(String resource, String id, String status);

    /** The route failed: the claim is withdrawn so that the status is delivered again later. */
    void release(String resource, String id, String status);

    /** Records that {@code node} is alive and answers how many nodes are (itself included), for sharing maxPollRate. */
    int heartbeat(String node, long now, long timeout);

    /** Forgets claims confirmed before {@code before}, so the store does not grow for ever. Answers how many. */
    int purge(long before);

    Backlog backlog(String resource);
}
