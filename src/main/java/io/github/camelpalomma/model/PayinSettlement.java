package io.github.camelpalomma.model;

/** The payins of one merchant account settled in one daily cycle (11, 13, 16, 18 or 20 h). */
public record PayinSettlement(String id, String merchantAccountId, long totalAmountCollected, long totalFees, long numberOfPayins,
        String payinSettlementDate, int payinSettlementCycle, String createdAt, String updatedAt)
        implements PalommaResourceObject {
}
