package io.github.camelpalomma.model;

/** A customer's account the merchant may debit repeatedly once authorised at {@code authUrl}. */
public record PayinSource(String id, String reference, String description, String customerId, CustomerDetails customerDetails,
        String status, String statusMessage, String authUrl, String redirectUrl, Boolean partialPayinsEnabled, String type,
        String createdAt, String updatedAt) implements PalommaResourceObject {
}
