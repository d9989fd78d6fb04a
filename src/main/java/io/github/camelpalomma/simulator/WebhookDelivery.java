package io.github.camelpalomma.simulator;

/**
 * One delivery attempt of a webhook. {@code statusCode} is null when the attempt failed without an answer (timeout,
 * connection refused), then {@code error} says why. {@code latencyMillis}: from sending to the answer or the failure.
 */
public record WebhookDelivery(String webhookId, String eventType, String resourceId, String url, int attempt,
        Integer statusCode, String error, String attemptedAt, long latencyMillis) {

    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** Answered, but not with a 2xx: the receiver refused it (a failed route answers 500; a bad signature 401). */
    public boolean refused() {
        return statusCode != null && !succeeded();
    }

    /** No answer at all: timeout, connection refused or reset. */
    public boolean failed() {
        return statusCode == null;
    }
}
