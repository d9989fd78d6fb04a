package io.github.camelpalomma.model;

import java.util.Set;

/** Merchant account {@code type}: aggregator keeps a balance for payouts, gateway withdraws on settlement. Palomma may add values later: compare strings, never assume the set is closed. */
public final class MerchantAccountType {

    public static final String AGGREGATOR = "aggregator";
    public static final String GATEWAY = "gateway";

    /** The values documented today. */
    public static final Set<String> VALUES = Set.of(AGGREGATOR, GATEWAY);

    private MerchantAccountType() {
    }
}
