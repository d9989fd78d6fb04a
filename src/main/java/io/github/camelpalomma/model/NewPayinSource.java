package io.github.camelpalomma.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of {@code payinSources?operation=create}. Required: customerId, redirectUrl, type, and bankAccount for bankAccount. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewPayinSource(String reference, String description, String customerId, String redirectUrl, String type,
        BankAccount bankAccount, Boolean partialPayinsEnabled) {

    public static NewPayinSource bankAccount(String customerId, String redirectUrl, BankAccount bankAccount) {
        return new NewPayinSource(null, null, customerId, redirectUrl, PayinSourceType.BANK_ACCOUNT, bankAccount, null);
    }
}
