package io.github.camelpalomma.webhook;

import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelpalomma.api.Json;

/**
 * The checks the webhook consumer makes, for users who receive Palomma's webhooks on their own HTTP stack (a servlet,
 * Spring MVC): signature first, over the raw {@code X-Encoded-Data} header in constant time against every configured key;
 * then decoding and the envelope's shape. Nothing is parsed before the signature is verified.
 *
 * <pre>
 * PalommaWebhookVerifier verifier = PalommaWebhookVerifier.of(integrityKey);
 * PalommaWebhookEvent event = verifier.verify(request.getHeader("X-Encoded-Data"), request.getHeader("X-Signature"));
 * </pre>
 */
public final class PalommaWebhookVerifier {

    public static final String ENCODED_DATA_HEADER = "X-Encoded-Data";
    public static final String SIGNATURE_HEADER = "X-Signature";

    private final WebhookSignature signature;

    private PalommaWebhookVerifier(WebhookSignature signature) {
        this.signature = signature;
    }

    /** A verifier accepting signatures made with any of the keys, comma-separated (key rotation). */
    public static PalommaWebhookVerifier of(String integrityKeys) {
        if (integrityKeys == null || integrityKeys.isBlank()) {
            throw new IllegalArgumentException("An integrity key is required to verify Palomma webhooks");
        }
        List<String> keys = Arrays.stream(integrityKeys.split(",")).map(String::trim).filter(k -> !k.isEmpty()).toList();
        return new PalommaWebhookVerifier(new WebhookSignature(keys));
    }

    /** Verifies and decodes; throws {@link WebhookRejectedException} with the status to answer. */
    public PalommaWebhookEvent verify(String encodedData, String signatureHeader) {
        checkSignature(encodedData, signatureHeader);
        return decode(encodedData);
    }

    /** The signature check alone: 401 unless one of the keys signed exactly this encoded data. */
    public void checkSignature(String encodedData, String signatureHeader) {
        if (encodedData == null || encodedData.isEmpty()) {
            throw new WebhookRejectedException(401, "the " + ENCODED_DATA_HEADER + " header is missing");
        }
        if (signatureHeader == null || signatureHeader.isEmpty()) {
            throw new WebhookRejectedException(401, "the " + SIGNATURE_HEADER + " header is missing");
        }
        if (!signature.matches(encodedData, signatureHeader)) {
            throw new WebhookRejectedException(401, "the " + SIGNATURE_HEADER + " does not match: not signed with the "
                                                    + "configured integrity key");
        }
    }

    /** Decodes an already verified X-Encoded-Data into the typed event; 400 when it is not Palomma's envelope. */
    public static PalommaWebhookEvent decode(String encodedData) {
        JsonNode envelope;
        try {
            envelope = Json.MAPPER.readTree(Base64.getDecoder().decode(encodedData.trim()));
        } catch (IllegalArgumentException | IOException e) {
            throw new WebhookRejectedException(400, "X-Encoded-Data is not base64 of a JSON object");
        }
        if (envelope == null || !envelope.isObject()) {
            throw new WebhookRejectedException(400, "X-Encoded-Data is not base64 of a JSON object");
        }
        String webhookId = text(envelope, "webhookId");
        String eventType = text(envelope, "eventType");
        JsonNode event = envelope.get("event");
        if (event == null || !event.isObject()) {
            throw new WebhookRejectedException(400, "the envelope has no event object");
        }
        Class<?> model = EventTypes.modelOf(eventType);
        Object typed = event;
        if (model != null) {
            try {
                typed = Json.MAPPER.treeToValue(event, model);
            } catch (IOException e) {
                throw new WebhookRejectedException(400, "the event is not a valid " + model.getSimpleName());
            }
        }
        return new PalommaWebhookEvent(webhookId, envelope.path("timestamp").asText(null), eventType, typed, envelope);
    }

    private static String text(JsonNode envelope, String field) {
        JsonNode node = envelope.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new WebhookRejectedException(400, "the envelope has no " + field);
        }
        return node.asText();
    }

    @Override
    public String toString() {
        return "PalommaWebhookVerifier[" + signature + "]";
    }
}
