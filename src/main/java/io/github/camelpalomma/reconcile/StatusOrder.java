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
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * Which statuses end a resource's life, and which of two statuses of one resource is the later. A resource is polled
 * until it reaches a final status; a status is never delivered after a later one of the same resource.
 */
public final class StatusOrder {

    /** The tracked resources and their final statuses; settlements and merchant accounts are not tracked. */
    private static final Map<String, Set<String>> FINAL = Map.of(
            "payinLinks", Set.of("approved", "cancelled"),
            "payinSources", Set.of("active", "cancelled"),
            "payinRequests", Set.of("approved", "partial", "cancelled"),
            "payoutTargets", Set.of("active", "cancelled"),
            "payoutRequests", Set.of("approved", "cancelled"));

    private StatusOrder() {}

    /** True for the five resources whose status changes can be reconciled. */
    public static boolean isTracked(String resource) {
        return FINAL.containsKey(resource);
    }

    public static boolean isFinal(String resource, String status) {
        return status != null && FINAL.getOrDefault(resource, Set.of()).contains(status);
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
        Instant at = parse(updatedAt);
        Instant lastAt = parse(lastUpdatedAt);
        if (at != null && lastAt != null && !at.equals(lastAt)) {
            return at.isBefore(lastAt);
        }
        return rank(resource, status) < rank(resource, lastStatus);
    }

    private static Instant parse(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        try {
            return Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
