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

import java.time.Instant;

import io.github.camelpalomma.internal.Timestamps;
import io.github.camelpalomma.model.PalommaResource;

/**
 * Which of two statuses of one resource is the later, so that a status is never delivered after a later one. Which
 * statuses are final is {@link PalommaResource}'s to say: a resource is polled until it reaches one.
 */
public final class StatusOrder {

    private StatusOrder() {}

    /** Final for the resource of this name (see {@link PalommaResource#isFinal}); false for a name it does not know. */
    public static boolean isFinal(String resource, String status) {
        PalommaResource known = known(resource);
        return known != null && known.isFinal(status);
    }

    private static PalommaResource known(String resource) {
        for (PalommaResource r : PalommaResource.values()) {
            if (r.name().equals(resource)) {
                return r;
            }
        }
        return null;
    }

    /** pending 0, processing 1, any final status 2; a status Palomma added later ranks with processing. */
    static int rank(String resource, String status) {
        if ("pending".equals(status)) {
            return 0;
        }
        return isFinal(resource, status) ? 2 : 1;
    }

    /**
     * True when {@code status} (changed at {@code updatedAt}) is older than {@code last}, already delivered: it would
     * move a final status to another one, its updatedAt is before the last one's, or it ranks below.
     */
    static boolean isOlder(String resource, String status, String updatedAt, String lastStatus, String lastUpdatedAt) {
        if (isFinal(resource, lastStatus)) {
            return true;
        }
        Instant at = Timestamps.parseOrNull(updatedAt);
        Instant lastAt = Timestamps.parseOrNull(lastUpdatedAt);
        if (at != null && lastAt != null && !at.equals(lastAt)) {
            return at.isBefore(lastAt);
        }
        return rank(resource, status) < rank(resource, lastStatus);
    }
}
