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

/**
 * The consumer options reconciliation runs with (see docs/reconciliation.md).
 *
 * @param webhooks     whether webhooks are received too; false polls only
 * @param maxAge       how long a resource is polled at most, in milliseconds
 * @param maxPollRate  GETs per second for the whole cluster
 * @param leaseTimeout after this long a dead node's leases and unconfirmed claims pass to the others, in milliseconds
 * @param store        where the state is kept; null for a new in-memory store
 */
public record ReconcileOptions(
        boolean webhooks, long maxAge, double maxPollRate, PollPacing pacing, long leaseTimeout, ReconcileStore store) {

    public ReconcileOptions {
        if (maxAge <= 0) {
            throw new IllegalArgumentException("maxAge must be above 0 (got " + maxAge + " ms)");
        }
        if (leaseTimeout < 1000) {
            throw new IllegalArgumentException("leaseTimeout must be at least 1 s (got " + leaseTimeout + " ms)");
        }
    }
}
