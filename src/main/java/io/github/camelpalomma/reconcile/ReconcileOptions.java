package io.github.camelpalomma.reconcile;

/**
 * The consumer options reconciliation runs with (see docs/reconciliation.md).
 *
 * @param webhooks     whether webhooks are received too; false polls only
 * @param maxAge       how long a resource is polled at most, in milliseconds
 * @param maxPollRate  GETs per second for the whole cluster
 * @param leaseTimeout after this long a dead node's leases and unconfirmed claims pass to the others, in milliseconds
 * @param store        where the state is kept; null for a new in-memory store
 */
public record ReconcileOptions(boolean webhooks, long maxAge, double maxPollRate, PollPacing pacing, long leaseTimeout,
        ReconcileStore store) {

    public ReconcileOptions {
        if (maxAge <= 0) {
            throw new IllegalArgumentException("maxAge must be above 0 (got " + maxAge + " ms)");
        }
        if (leaseTimeout < 1000) {
            throw new IllegalArgumentException("leaseTimeout must be at least 1 s (got " + leaseTimeout + " ms)");
        }
    }
}
