package io.github.camelpalomma.simulator;

/**
 * One delivery attempt of a webhook. {@code statusCode} is null when the attempt failed without an answer (timeout,
 * connection refused), then {@code error} says why.
 */
public record WebhookDelivery(String webhookId, String eventType, String resourceId, String url, int attempt,
        Integer statusCode, String error, String attemptedAt) {

    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
