package io.github.camelpalomma.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of {@code payinRequests?operation=create}: debit an active payin source. Amount above 1,000 pesos. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewPayinRequest(String reference, String payinSourceId, Long amount, String targetMerchantAccountId) {

    public static NewPayinRequest of(String payinSourceId, long amount, String reference) {
        return new NewPayinRequest(reference, payinSourceId, amount, null);
    }
}
