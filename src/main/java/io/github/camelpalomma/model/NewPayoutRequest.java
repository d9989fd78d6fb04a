package io.github.camelpalomma.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of {@code payoutRequests?operation=create}: send money to an active payout target. Amount above 1,000 pesos. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewPayoutRequest(String reference, String payoutTargetId, Long amount, String sourceMerchantAccountId) {

    public static NewPayoutRequest of(String payoutTargetId, long amount, String reference) {
        return new NewPayoutRequest(reference, payoutTargetId, amount, null);
    }
}
