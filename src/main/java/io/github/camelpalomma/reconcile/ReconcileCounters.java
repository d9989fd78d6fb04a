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

import io.github.camelpalomma.internal.Counters;

/** What reconciliation of one resource did so far; published as meters when Micrometer is present. */
public final class ReconcileCounters extends Counters<ReconcileCounters.Count> {

    /** What is counted. */
    public enum Count {
        /** GETs sent by the poller, answered or not. */
        polls,
        /** Status changes the poller found and delivered: each one a webhook that never came (or not yet). */
        changesFound,
        /** Status changes delivered from webhooks. */
        webhookChanges,
        /** Polls that got no usable answer (no answer, 429, 5xx, other errors). */
        pollFailures,
        /** Resources given up after maxAge without reaching a final status. */
        expired
    }

    public ReconcileCounters() {
        super(Count.class);
    }
}
