package io.github.camelpalomma.model;

import java.util.Set;

/** Payin request {@code status}: processing, then approved, partial or cancelled (terminal). Palomma may add values later: compare strings, never assume the set is closed. */
public final class PayinRequestStatus {

    public static final String PROCESSING = "processing";
    public static final String APPROVED = "approved";
    public static final String PARTIAL = "partial";
    public static final String CANCELLED = "cancelled";

    /** The values documented today. */
    public static final Set<String> VALUES = Set.of(PROCESSING, APPROVED, PARTIAL, CANCELLED);

    private PayinRequestStatus() {
    }
}
