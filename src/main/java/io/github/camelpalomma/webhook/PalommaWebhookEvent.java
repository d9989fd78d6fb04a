package io.github.camelpalomma.webhook;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelpalomma.model.PalommaResourceObject;

/**
 * One verified webhook delivery: Palomma's envelope with the resource typed by {@code eventType} ({@code PayinLink},
 * {@code PayoutRequest}, ...). An event type this version does not know keeps {@code event} as a JSON tree.
 *
 * @param webhookId unique per notification; repeated on every retry
 * @param timestamp when Palomma created the notification (ISO-8601, as delivered); repeated on every retry
 * @param event     the resource as GET would answer it, typed; a {@link JsonNode} for unknown event types
 * @param raw       the decoded envelope as Palomma sent it
 */
public record PalommaWebhookEvent(String webhookId, String timestamp, String eventType, Object event, JsonNode raw) {

    /** The event as the given model, e.g. {@code eventAs(PayinLink.class)}. */
    public <T> T eventAs(Class<T> type) {
        return type.cast(event);
    }

    /** True when this version knows the event type and {@link #event()} is a typed model. */
    public boolean isTyped() {
        return event instanceof PalommaResourceObject;
    }

    /** The id of the resource the event is about. */
    public String resourceId() {
        return event instanceof PalommaResourceObject r ? r.id() : raw.path("event").path("id").asText(null);
    }

    /** The resource's status after the change, when it has one. */
    public String status() {
        return event instanceof PalommaResourceObject r ? r.status() : raw.path("event").path("status").asText(null);
    }

    /** The resource's updatedAt, when it has one. */
    public String updatedAt() {
        return event instanceof PalommaResourceObject r ? r.updatedAt() : raw.path("event").path("updatedAt").asText(null);
    }

    @Override
    public String toString() {
        return "PalommaWebhookEvent[webhookId=" + webhookId + ", eventType=" + eventType + ", resourceId=" + resourceId()
               + ", status=" + status() + "]";
    }
}
