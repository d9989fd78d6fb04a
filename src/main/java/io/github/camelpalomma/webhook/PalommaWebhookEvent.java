/*
 * Copyright the camel-palomma authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelpalomma.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelpalomma.internal.Json;
import io.github.camelpalomma.model.PalommaResourceObject;

/**
 * One verified webhook delivery: Palomma's envelope with the resource typed by {@code eventType} ({@code PayinLink},
 * {@code PayoutRequest}, ...). An event type this version does not know keeps {@code event} as a JSON tree. Written as
 * JSON (e.g. {@code marshal: json}) it is the envelope Palomma sent.
 */
@JsonPropertyOrder({"webhookId", "timestamp", "eventType", "event"})
public final class PalommaWebhookEvent {

    private final String webhookId;
    private final String timestamp;
    private final long timestampMillis;
    private final String eventType;
    private final Object event;
    private final byte[] json;

    /**
     * @param webhookId unique per notification; repeated on every retry
     * @param timestamp when Palomma created the notification (ISO-8601, as delivered); repeated on every retry
     * @param event     the resource as GET would answer it, typed; a {@link JsonNode} for unknown event types
     * @param json      the decoded envelope's bytes, as Palomma sent them
     */
    public PalommaWebhookEvent(String webhookId, String timestamp, String eventType, Object event, byte[] json) {
        this.webhookId = webhookId;
        this.timestamp = timestamp;
        this.timestampMillis = timestamp == null ? Long.MIN_VALUE : WebhookTimestamp.parse(timestamp);
        this.eventType = eventType;
        this.event = event;
        this.json = json;
    }

    @JsonProperty
    public String webhookId() {
        return webhookId;
    }

    @JsonProperty
    public String timestamp() {
        return timestamp;
    }

    @JsonProperty
    public String eventType() {
        return eventType;
    }

    @JsonProperty
    public Object event() {
        return event;
    }

    /** The timestamp as epoch milliseconds. */
    @JsonIgnore
    public long timestampMillis() {
        return timestampMillis;
    }

    /** The event as the given model, e.g. {@code eventAs(PayinLink.class)}; a clear error when it is another. */
    public <T> T eventAs(Class<T> type) {
        if (!type.isInstance(event)) {
            throw new IllegalArgumentException("Palomma webhook " + LogSafe.text(webhookId) + " carries a "
                    + LogSafe.text(eventType) + " event ("
                    + (event == null ? "none" : event.getClass().getSimpleName())
                    + "), not a " + type.getSimpleName());
        }
        return type.cast(event);
    }

    /** The decoded envelope exactly as Palomma sent it, as a JSON tree (parsed on each call). */
    @JsonIgnore
    public JsonNode raw() {
        try {
            return Json.reader().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when this version knows the event type and {@link #event()} is a typed model. */
    @JsonIgnore
    public boolean isTyped() {
        return event instanceof PalommaResourceObject;
    }

    /** The id of the resource the event is about. */
    @JsonIgnore
    public String resourceId() {
        return event instanceof PalommaResourceObject r ? r.id() : untyped("id");
    }

    /** The resource's status after the change, when it has one. */
    @JsonIgnore
    public String status() {
        return event instanceof PalommaResourceObject r ? r.status() : untyped("status");
    }

    /** The resource's updatedAt, when it has one. */
    @JsonIgnore
    public String updatedAt() {
        return event instanceof PalommaResourceObject r ? r.updatedAt() : untyped("updatedAt");
    }

    private String untyped(String field) {
        return event instanceof JsonNode node ? node.path(field).asText(null) : null;
    }

    @Override
    public String toString() {
        return LogSafe.text("PalommaWebhookEvent[webhookId=" + webhookId + ", eventType=" + eventType + ", resourceId="
                + resourceId() + ", status=" + status() + "]");
    }
}
