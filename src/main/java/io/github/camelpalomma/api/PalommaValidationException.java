package io.github.camelpalomma.api;

/**
 * A request was refused before anything was sent: names the field, what is wrong with its value, and the rule.
 */
public class PalommaValidationException extends IllegalArgumentException {

    private final String field;
    private final String value;
    private final String rule;

    public PalommaValidationException(String field, String value, String problem, String rule) {
        super(field + " " + problem + (value == null ? "" : " (got " + value + ")") + ": " + rule);
        this.field = field;
        this.value = value;
        this.rule = rule;
    }

    /** The field, with a dot path for nested ones (e.g. bankAccount.bank). */
    public String getField() {
        return field;
    }

    /** The offending value as given, or null when it was missing. */
    public String getValue() {
        return value;
    }

    /** The rule the value broke, in words. */
    public String getRule() {
        return rule;
    }
}
