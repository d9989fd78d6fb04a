package io.github.camelpalomma.model;

import java.util.Set;

/** Customer {@code documentType}: cédula de ciudadanía, cédula de extranjería, NIT. Palomma may add values later: compare strings, never assume the set is closed. */
public final class DocumentType {

    public static final String CC = "cc";
    public static final String CE = "ce";
    public static final String NIT = "nit";

    /** The values documented today. */
    public static final Set<String> VALUES = Set.of(CC, CE, NIT);

    private DocumentType() {
    }
}
