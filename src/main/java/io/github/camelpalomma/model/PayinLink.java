package io.github.camelpalomma.model;

/** A hosted one-time payment page ({@code paymentUrl}) for a customer. Status: see {@link PayinLinkStatus}. */
public record PayinLink(String id, String reference, String description, String customerId, CustomerDetails customerDetails,
        String status, String statusMessage, String paymentUrl, String redirectUrl, long amount, long amountCollected, long fee,
        String type, String expiration, String targetMerchantAccountId, String createdAt, String updatedAt)
        implements PalommaResourceObject {
}
