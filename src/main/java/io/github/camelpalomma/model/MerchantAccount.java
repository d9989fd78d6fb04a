package io.github.camelpalomma.model;

/**
 * A virtual sub-account with its own balances. {@code payoutLimitBalance}, {@code availableBalance},
 * {@code payinsEnabled} and {@code payoutsEnabled} are absent for some account types, hence boxed.
 */
public record MerchantAccount(String id, String description, long unsettledAmount, Long payoutLimitBalance, String type,
        Long availableBalance, Boolean payinsEnabled, Boolean payoutsEnabled) implements PalommaResourceObject {
}
