package io.github.camelpalomma;

/** What a webhook consumer does with an event older than one it already processed for the same resource. */
public enum OutOfOrder {
    /** Deliver it as is. */
    off,
    /** Deliver it with header {@code CamelPalommaOutOfOrder=true}. */
    flag,
    /** Answer 200 and skip the route. */
    drop
}
