package io.github.camelpalomma.model;

import java.util.Set;

/** Payin source {@code type}. Palomma may add values later: compare strings, never assume the set is closed. */
public final class PayinSourceType {

    public static final String BANK_ACCOUNT = "bankAccount";
    public static final String BANCOLOMBIA_TOKEN = "bancolombiaToken";
    public static final String NEQUI_TOKEN = "nequiToken";

    /** The values documented today. */
    public static final Set<String> VALUES = Set.of(BANK_ACCOUNT, BANCOLOMBIA_TOKEN, NEQUI_TOKEN);

    private PayinSourceType() {
    }
}
