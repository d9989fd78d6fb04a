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
package io.github.camelpalomma.bench;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.github.camelpalomma.webhook.WebhookSignature;

/**
 * The work every hand-written receiver does per delivery, the same in all of them: HMAC check of X-Encoded-Data against
 * X-Signature, base64 decode, Jackson parse to a typed delivery, dedupe on webhookId in a concurrent set.
 */
final class WebhookWork {

    /** The verdict on one delivery and the HTTP status to answer. */
    enum Outcome {
        ACCEPTED(200),
        DUPLICATE(200),
        FORGED(401),
        MALFORMED(400);

        final int status;

        Outcome(int status) {
            this.status = status;
        }
    }

    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final WebhookSignature signature;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final WebhookCounters counters;

    WebhookWork(String integrityKey, WebhookCounters counters) {
        this.signature = new WebhookSignature(List.of(integrityKey));
        this.counters = counters;
    }

    /** Checks and records one delivery; ACCEPTED means it must be handed on (once). */
    Outcome check(String encodedData, String signatureHeader) {
        counters.requests.increment();
        if (!signature.matches(encodedData, signatureHeader)) {
            counters.forged.increment();
            return Outcome.FORGED;
        }
        WebhookDelivery delivery;
        try {
            delivery = mapper.readValue(Base64.getDecoder().decode(encodedData), WebhookDelivery.class);
        } catch (IOException | IllegalArgumentException e) {
            counters.malformed.increment();
            return Outcome.MALFORMED;
        }
        if (delivery.webhookId() == null || delivery.event() == null) {
            counters.malformed.increment();
            return Outcome.MALFORMED;
        }
        if (!seen.add(delivery.webhookId())) {
            counters.duplicates.increment();
            return Outcome.DUPLICATE;
        }
        return Outcome.ACCEPTED;
    }

    WebhookCounters counters() {
        return counters;
    }
}
