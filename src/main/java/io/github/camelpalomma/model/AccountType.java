package io.github.camelpalomma.model;

import java.util.Set;

/** Bank account {@code accountType} ({@code checking} inferred from Palomma's v1 API). Palomma may add values later: compare strings, never assume the set is closed. */
public final class AccountType {

    public static final String SAVINGS = "savings";
    public static final String CHECKING = "checking";

    /** The values documented today. */
    public static final Set<String> VALUES = Set.of(SAVINGS, CHECKING);

    private AccountType() {
    }
}
