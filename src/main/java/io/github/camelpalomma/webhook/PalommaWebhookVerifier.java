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
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelpalomma.internal.Json;
import io.github.camelpalomma.model.PalommaResource;

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
    /** The longest webhookId accepted; Palomma's are 26-character ULIDs. */
    public static final int MAX_WEBHOOK_ID_LENGTH = 64;

    private final WebhookSignature signature;

    private PalommaWebhookVerifier(WebhookSignature signature) {
        this.signature = signature;
    }

    /** A verifier accepting signatures made with any of the keys, comma-separated (key rotation). */
    public static PalommaWebhookVerifier of(String integrityKeys) {
        if (integrityKeys == null || integrityKeys.isBlank()) {
            throw new IllegalArgumentException("An integrity key is required to verify Palomma webhooks");
        }
        List<String> keys = Arrays.stream(integrityKeys.split(","))
                .map(String::trim)
                .filter(k -> !k.isEmpty())
                .toList();
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
            throw new WebhookRejectedException(401, "signature does not match the configured integrityKey");
        }
    }

    /**
     * Decodes an already verified X-Encoded-Data into the typed event, in one pass: the event is read straight into its
     * model when {@code eventType} comes first, as Palomma sends it. 400 when it is not Palomma's envelope: a repeated
     * key or content after the envelope, a missing or unparseable timestamp, a webhookId longer than
     * {@value #MAX_WEBHOOK_ID_LENGTH} characters or with control characters.
     */
    public static PalommaWebhookEvent decode(String encodedData) {
        byte[] json;
        try {
            json = Base64.getDecoder().decode(encodedData.trim());
        } catch (IllegalArgumentException e) {
            throw new WebhookRejectedException(400, "X-Encoded-Data is not base64 of a JSON object");
        }
        String webhookId = null;
        String timestamp = null;
        String eventType = null;
        Object event = null;
        JsonNode eventTree = null;
        try (JsonParser parser = Json.reader().createParser(json)) {
            // last-one-wins on a repeated key would let a signed envelope say two things
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new WebhookRejectedException(400, "X-Encoded-Data is not base64 of a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "webhookId" -> webhookId = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "timestamp" -> timestamp = value.isScalarValue() ? parser.getText() : null;
                    case "eventType" -> eventType = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "event" -> {
                        if (value != JsonToken.START_OBJECT) {
                            throw new WebhookRejectedException(400, "the envelope has no event object");
                        }
                        Class<?> model = modelOf(eventType);
                        if (model != null) {
                            event = Json.reader().readValue(parser, model);
                        } else {
                            eventTree = Json.reader().readTree(parser);
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            if (eventTree != null) {
                // the event came before its eventType, or its type is one this version does not know
                Class<?> model = modelOf(eventType);
                event = model == null ? eventTree : Json.reader().treeToValue(eventTree, model);
            }
            if (parser.nextToken() != null) {
                throw new WebhookRejectedException(400, "X-Encoded-Data has content after the envelope");
            }
        } catch (IOException e) {
            throw new WebhookRejectedException(400, "the envelope is not valid JSON of Palomma's shape");
        }
        require(webhookId, "webhookId");
        require(eventType, "eventType");
        require(timestamp, "timestamp");
        if (webhookId.length() > MAX_WEBHOOK_ID_LENGTH
                || !LogSafe.text(webhookId).equals(webhookId)) {
            throw new WebhookRejectedException(
                    400,
                    "the envelope's webhookId is longer than " + MAX_WEBHOOK_ID_LENGTH
                            + " characters or holds control characters");
        }
        if (event == null) {
            throw new WebhookRejectedException(400, "the envelope has no event object");
        }
        return new PalommaWebhookEvent(webhookId, timestamp, eventType, event, json);
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new WebhookRejectedException(400, "the envelope has no " + field);
        }
    }

    private static Class<?> modelOf(String eventType) {
        PalommaResource resource = PalommaResource.ofEventType(eventType);
        return resource == null ? null : resource.model();
    }

    @Override
    public String toString() {
        return "PalommaWebhookVerifier[" + signature + "]";
    }
}
