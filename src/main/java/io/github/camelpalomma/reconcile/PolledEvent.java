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
package io.github.camelpalomma.reconcile;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.RuntimeCamelException;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.github.camelpalomma.internal.Json;
import io.github.camelpalomma.model.PalommaResourceObject;
import io.github.camelpalomma.webhook.PalommaWebhookEvent;

/**
 * A status change found by polling, in the shape of the webhook Palomma would have sent: the same envelope, the resource
 * as GET answered it. It has no webhookId of Palomma's, so it gets one that names what it is: {@code poll:<id>:<status>};
 * its timestamp is the resource's updatedAt.
 */
final class PolledEvent {

    private PolledEvent() {}

    static PalommaWebhookEvent of(String eventType, PalommaResourceObject resource) {
        String webhookId = "poll:" + resource.id() + ":" + resource.status();
        Map<String, Object> envelope = new LinkedHashMap<>(8);
        envelope.put("webhookId", webhookId);
        envelope.put("timestamp", resource.updatedAt());
        envelope.put("eventType", eventType);
        envelope.put("event", resource);
        try {
            return new PalommaWebhookEvent(
                    webhookId,
                    resource.updatedAt(),
                    eventType,
                    resource,
                    Json.writer().writeValueAsBytes(envelope));
        } catch (JsonProcessingException e) {
            throw new RuntimeCamelException("Could not write the polled " + eventType + " of " + resource.id(), e);
        }
    }
}
