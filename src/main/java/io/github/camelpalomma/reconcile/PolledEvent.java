package io.github.camelpalomma.reconcile;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.camel.RuntimeCamelException;

import io.github.camelpalomma.api.Json;
import io.github.camelpalomma.model.PalommaResourceObject;
import io.github.camelpalomma.webhook.PalommaWebhookEvent;

/**
 * A status change found by polling, in the shape of the webhook Palomma would have sent: the same envelope, the resource
 * as GET answered it. It has no webhookId of Palomma's, so it gets one that names what it is: {@code poll:<id>:<status>};
 * its timestamp is the resource's updatedAt.
 */
final class PolledEvent {

    private PolledEvent() {
    }

    static PalommaWebhookEvent of(String eventType, PalommaResourceObject resource) {
        String webhookId = "poll:" + resource.id() + ":" + resource.status();
        Map<String, Object> envelope = new LinkedHashMap<>(8);
        envelope.put("webhookId", webhookId);
        envelope.put("timestamp", resource.updatedAt());
        envelope.put("eventType", eventType);
        envelope.put("event", resource);
        try {
            return new PalommaWebhookEvent(webhookId, resource.updatedAt(), eventType, resource,
                    Json.MAPPER.writeValueAsBytes(envelope));
        } catch (JsonProcessingException e) {
            throw new RuntimeCamelException("Could not write the polled " + eventType + " of " + resource.id(), e);
        }
    }
}
