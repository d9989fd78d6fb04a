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
package io.github.camelpalomma.webhook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelpalomma.internal.Timestamps;
import io.github.camelpalomma.model.PalommaResource;

/**
 * Remembers, per resource id, the last change processed, to spot events that arrive late: one whose {@code updatedAt} is
 * older than what was already processed, or that would move a resource out of a terminal status. Palomma does not promise
 * ordering, so a route that keeps state should not let a late "processing" overwrite an "approved".
 */
public final class OrderGuard {

    private record Seen(Instant updatedAt, String status) {}

    private final Map<String, Seen> seen;

    /** @param capacity how many resources to remember; the least recently seen are forgotten first */
    public OrderGuard(int capacity) {
        this.seen = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True when the event is older than, or would undo a terminal status of, a change already processed. */
    public synchronized boolean isOutOfOrder(PalommaWebhookEvent event) {
        String id = event.resourceId();
        Seen last = id == null ? null : seen.get(key(event, id));
        if (last == null) {
            return false;
        }
        Instant at = Timestamps.parseOrNull(event.updatedAt());
        if (at != null && last.updatedAt() != null && at.isBefore(last.updatedAt())) {
            return true;
        }
        PalommaResource resource = PalommaResource.ofEventType(event.eventType());
        return resource != null
                && resource.isTerminal(last.status())
                && !last.status().equals(event.status());
    }

    /** Records a change that was processed. */
    public synchronized void processed(PalommaWebhookEvent event) {
        String id = event.resourceId();
        if (id == null) {
            return;
        }
        String key = key(event, id);
        Seen last = seen.get(key);
        Instant at = Timestamps.parseOrNull(event.updatedAt());
        if (last == null || last.updatedAt() == null || (at != null && !at.isBefore(last.updatedAt()))) {
            seen.put(key, new Seen(at, event.status()));
        }
    }

    private static String key(PalommaWebhookEvent event, String id) {
        return event.eventType() + "/" + id;
    }
}
