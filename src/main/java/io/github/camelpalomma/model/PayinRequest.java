package io.github.camelpalomma.model;

/** A debit of an active payin source. Status: see {@link PayinRequestStatus}. */
public record PayinRequest(String id, String reference, String customerId, CustomerDetails customerDetails, String payinSourceId,
        PayinSourceDetails payinSourceDetails, String status, String statusMessage, long amount, long amountCollected, long fee,
        String targetMerchantAccountId, String createdAt, String updatedAt) implements PalommaResourceObject {
}
