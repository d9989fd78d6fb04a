package io.github.camelpalomma.model;

/** A customer's bank account that payouts are sent to, once verified at {@code authUrl}. */
public record PayoutTarget(String id, String reference, String description, String customerId, CustomerDetails customerDetails,
        String status, String statusMessage, String authUrl, String redirectUrl, String type, String createdAt, String updatedAt)
        implements PalommaResourceObject {
}
