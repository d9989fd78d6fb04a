package io.github.camelpalomma.model;

import java.util.Set;

/** Payin source {@code status}: pending, processing, then active or cancelled. Palomma may add values later: compare strings, never assume the set is closed. */
public final class PayinSourceStatus {

    public static final String PENDING = "pending";
    public static final String PROCESSING = "processing";
    public static final String ACTIVE = "active";
    public static final String CANCELLED = "cancelled";

    /** The values documented today. */
    public static final Set<String> VALUES = Set.of(PENDING, PROCESSING, ACTIVE, CANCELLED);

    private PayinSourceStatus() {
    }
}
