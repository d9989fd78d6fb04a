package io.github.camelpalomma.model;

import java.util.List;

/**
 * One page of a list answer, as Palomma's envelope {@code {items, cursor, count}}. {@code cursor} is null on the last page.
 */
public record Page<T>(List<T> items, String cursor, Integer count) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean hasMore() {
        return cursor != null && !cursor.isEmpty();
    }
}
