package io.github.camelpalomma.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of {@code payoutTargets?operation=create}. Required: customerId, redirectUrl, type (bankAccount), bankAccount. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewPayoutTarget(String reference, String description, String customerId, String redirectUrl, String type,
        BankAccount bankAccount) {

    public static NewPayoutTarget bankAccount(String customerId, String redirectUrl, BankAccount bankAccount) {
        return new NewPayoutTarget(null, null, customerId, redirectUrl, PayoutTargetType.BANK_ACCOUNT, bankAccount);
    }
}
