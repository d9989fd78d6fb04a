package io.github.camelpalomma.model;

/** Money sent to an active payout target. Status: see {@link PayoutRequestStatus}. */
public record PayoutRequest(String id, String reference, String customerId, CustomerDetails customerDetails, String payoutTargetId,
        PayoutTargetDetails payoutTargetDetails, String status, String statusMessage, long amount, long amountSent, long fee,
        String sourceMerchantAccountId, String createdAt, String updatedAt) implements PalommaResourceObject {
}
