package io.github.camelpalomma.model;

import java.util.Set;

/** Payout target {@code type}. Palomma may add values later: compare strings, never assume the set is closed. */
public final class PayoutTargetType {

    public static final String BANK_ACCOUNT = "bankAccount";

    /** The values documented today. */
    public static final Set<String> VALUES = Set.of(BANK_ACCOUNT);

    private PayoutTargetType() {
    }
}
