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
package io.github.camelpalomma.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

import io.github.camelpalomma.model.PalommaResourceObject;

/**
 * The stored objects of one resource, kept in id order (ULIDs sort by creation time), capped: above {@code capacity} the
 * oldest object is evicted. Reads take no lock; writers are serialised by the simulator's state.
 */
final class ResourceStore<T extends PalommaResourceObject> {

    private static final HexFormat HEX = HexFormat.of();

    private final String label;
    private final int capacity;
    private final Function<T, String> reference;
    private final Function<T, String> customerId;
    private final ConcurrentSkipListMap<String, T> byId = new ConcurrentSkipListMap<>();
    private final Map<String, Object> attachments = new ConcurrentHashMap<>();

    /** @param label how a 404 names it, e.g. "Payin Link"; reference/customerId may be null where a resource has none. */
    ResourceStore(String label, int capacity, Function<T, String> reference, Function<T, String> customerId) {
        this.label = label;
        this.capacity = capacity;
        this.reference = reference;
        this.customerId = customerId;
    }

    /** How Palomma names this resource in messages, e.g. "Payin Link". */
    String label() {
        return label;
    }

    void put(T value) {
        byId.put(value.id(), value);
        while (byId.size() > capacity) {
            Map.Entry<String, T> oldest = byId.pollFirstEntry();
            if (oldest != null) {
                attachments.remove(oldest.getKey());
            }
        }
    }

    T find(String id) {
        return id == null ? null : byId.get(id);
    }

    /** The object, or the 404 Palomma answers, e.g. "Payin Link not found". */
    T get(String id) {
        T value = find(id);
        if (value == null) {
            throw ApiError.notFound(label + " not found");
        }
        return value;
    }

    /** Data the API does not show but the simulator needs (e.g. a link's availableTypes); evicted with the object. */
    void attach(String id, Object data) {
        attachments.put(id, data);
    }

    Object attachment(String id) {
        return attachments.get(id);
    }

    int size() {
        return byId.size();
    }

    void clear() {
        byId.clear();
        attachments.clear();
    }

    Iterable<T> all() {
        return byId.values();
    }

    /** One page in creation order; the cursor is the hex of the last id returned, null when nothing follows. */
    PageResult<T> page(String cursor, int limit, String referenceFilter, String customerIdFilter) {
        Map<String, T> tail = cursor == null ? byId : byId.tailMap(decodeCursor(cursor), false);
        List<T> items = new ArrayList<>(Math.min(limit, 100));
        boolean more = false;
        for (T item : tail.values()) {
            if (!matches(item, referenceFilter, customerIdFilter)) {
                continue;
            }
            if (items.size() == limit) {
                more = true;
                break;
            }
            items.add(item);
        }
        String next = more ? HEX.formatHex(items.get(items.size() - 1).id().getBytes(StandardCharsets.UTF_8)) : null;
        return new PageResult<>(items, next);
    }

    private boolean matches(T item, String referenceFilter, String customerIdFilter) {
        if (referenceFilter != null && reference != null && !Objects.equals(referenceFilter, reference.apply(item))) {
            return false;
        }
        return customerIdFilter == null
                || customerId == null
                || Objects.equals(customerIdFilter, customerId.apply(item));
    }

    private static String decodeCursor(String cursor) {
        try {
            return new String(HEX.parseHex(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("cursor is not a cursor this API returned (got '" + cursor + "')");
        }
    }

    record PageResult<T>(List<T> items, String cursor) {}
}
