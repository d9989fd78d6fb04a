package io.github.camelpalomma.reconcile;

/**
 * What is waiting to be resolved.
 *
 * @param tracked        resources not yet in a final status
 * @param oldestFirstSeen epoch millis when the oldest of them was first tracked; 0 when none is
 * @param earliestDue    epoch millis of the poll that is due first; 0 when none is
 */
public record Backlog(long tracked, long oldestFirstSeen, long earliestDue) {

    public static final Backlog EMPTY = new Backlog(0, 0, 0);
}
