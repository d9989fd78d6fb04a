package io.github.camelpalomma.reconcile;

/**
 * One {@code (resource id, status)} claimed for delivery to the route: in flight until confirmed, kept once confirmed.
 *
 * @param claimedAt epoch millis of the claim; an unconfirmed claim older than the lease timeout belongs to a dead node
 */
public record Emission(String status, String updatedAt, boolean confirmed, String node, long claimedAt) {
}
