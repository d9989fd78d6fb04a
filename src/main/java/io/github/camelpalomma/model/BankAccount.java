package io.github.camelpalomma.model;

/** A bank account given when creating a payin source or payout target; never echoed back by Palomma. */
public record BankAccount(String bank, String accountType, String accountNumber) {

    @Override
    public String toString() {
        String number = accountNumber == null || accountNumber.length() <= 4
                ? "****" : "****" + accountNumber.substring(accountNumber.length() - 4);
        return "BankAccount[bank=" + bank + ", accountType=" + accountType + ", accountNumber=" + number + "]";
    }
}
