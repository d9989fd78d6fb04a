package io.github.camelpalomma.reconcile;

/**
 * A resource not yet in a final status, polled until it is.
 *
 * @param status    its status when last seen; a poll answering the same status has nothing to deliver
 * @param firstSeen epoch millis when it was first tracked; its age sets the delay between polls
 */
public record Tracked(String resource, String id, String status, long firstSeen) {
}
