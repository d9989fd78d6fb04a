package io.github.camelpalomma.model;

/** The snapshot of the debited payin source embedded in a payin request. */
public record PayinSourceDetails(String reference, String description, Boolean partialPayinsEnabled, String type) {
}
