package io.github.camelpalomma.bench;

import io.github.camelpalomma.model.PayinLink;

/** The decoded X-Encoded-Data of a Palomma webhook, as the benchmark's hand-written receivers parse it. */
record WebhookDelivery(String webhookId, String eventType, String timestamp, PayinLink event) {
}
