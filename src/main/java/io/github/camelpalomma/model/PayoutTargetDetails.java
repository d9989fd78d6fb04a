package io.github.camelpalomma.model;

/** The snapshot of the payout target embedded in a payout request. */
public record PayoutTargetDetails(String reference, String description, String type) {
}
