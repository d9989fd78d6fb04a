package io.github.camelpalomma.model;

import java.util.Set;

/** Payin link {@code status}: pending, processing, then approved or cancelled (terminal). Palomma may add values later: compare strings, never assume the set is closed. */
public final class PayinLinkStatus {

    public static final String PENDING = "pending";
    public static final String PROCESSING = "processing";
    public static final String APPROVED = "approved";
    public static final String CANCELLED = "cancelled";

    /** The values documented today. */
    public static final Set<String> VALUES = Set.of(PENDING, PROCESSING, APPROVED, CANCELLED);

    private PayinLinkStatus() {
    }
}
