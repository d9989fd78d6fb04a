package io.github.camelpalomma.model;

import java.util.Set;

/** Payin link {@code type}; all but {@code general} are also allowed in {@code availableTypes}. Palomma may add values later: compare strings, never assume the set is closed. */
public final class PayinLinkType {

    public static final String GENERAL = "general";
    public static final String PSE = "pse";
    public static final String BANCOLOMBIA_BUTTON = "bancolombiaButton";
    public static final String NEQUI_BUTTON = "nequiButton";
    public static final String CARD = "card";
    public static final String BANCOLOMBIA_COLLECT = "bancolombiaCollect";

    /** The values documented today. */
    public static final Set<String> VALUES = Set.of(GENERAL, PSE, BANCOLOMBIA_BUTTON, NEQUI_BUTTON, CARD, BANCOLOMBIA_COLLECT);

    private PayinLinkType() {
    }
}
