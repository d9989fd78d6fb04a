package io.github.camelpalomma.model;

import java.util.Set;

/** Payout target {@code status}. Palomma documents only active and cancelled; pending is the inferred state before verification. Palomma may add values later: compare strings, never assume the set is closed. */
public final class PayoutTargetStatus {

    public static final String PENDING = "pending";
    public static final String ACTIVE = "active";
    public static final String CANCELLED = "cancelled";

    /** The values documented today. */
    public static final Set<String> VALUES = Set.of(PENDING, ACTIVE, CANCELLED);

    private PayoutTargetStatus() {
    }
}
