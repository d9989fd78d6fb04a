package io.github.camelpalomma.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code payinLinks?operation=create}. Required: customerId, redirectUrl, amount (whole pesos, above 1,500),
 * type, and availableTypes when type is {@code general}. expiration is {@code YYYY-MM-DDTHH:mm:ss}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewPayinLink(String reference, String description, String customerId, String redirectUrl, Long amount,
        String type, List<String> availableTypes, String expiration, String targetMerchantAccountId) {

    /** A {@code general} link: the customer picks one of {@code availableTypes} on Palomma's page. */
    public static NewPayinLink general(String customerId, long amount, String redirectUrl, List<String> availableTypes) {
        return new NewPayinLink(null, null, customerId, redirectUrl, amount, PayinLinkType.GENERAL, availableTypes, null, null);
    }

    public NewPayinLink withReference(String newReference) {
        return new NewPayinLink(newReference, description, customerId, redirectUrl, amount, type, availableTypes, expiration,
                targetMerchantAccountId);
    }

    public NewPayinLink withDescription(String newDescription) {
        return new NewPayinLink(reference, newDescription, customerId, redirectUrl, amount, type, availableTypes, expiration,
                targetMerchantAccountId);
    }
}
