package io.github.camelpalomma.model;

/** What every Palomma resource object has: an id and, for those with one, its last change. */
public interface PalommaResourceObject {

    String id();

    /** ISO-8601 time of the last change, as Palomma sent it; null where the resource has none. */
    default String updatedAt() {
        return null;
    }

    /** The status, for resources that have one; null otherwise. */
    default String status() {
        return null;
    }
}
