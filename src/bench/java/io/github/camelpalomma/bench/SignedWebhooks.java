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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.github.camelpalomma.webhook.WebhookSignature;

/**
 * The deliveries the load generator sends, built and signed before any is sent: unique payin-link.update webhooks
 * (about 1 000 bytes of JSON, X-Encoded-Data = its base64, X-Signature = lowercase hex HMAC), re-sends of some of them
 * (duplicates), and some signed with the wrong key (forged). Each is the full HTTP/1.1 request as bytes, minus Host.
 */
final class SignedWebhooks {

    static final String INTEGRITY_KEY = "bench-integrity-key";
    private static final String WRONG_KEY = "not-the-integrity-key";

    final List<byte[]> unique;
    final List<byte[]> duplicates;
    final List<byte[]> forged;
    final int jsonBytes;
    final int encodedBytes;

    SignedWebhooks(int uniqueCount, int duplicateCount, int forgedCount) {
        int envelope = event("wh-0", "").length();
        unique = new ArrayList<>(uniqueCount);
        int json = 0;
        int encoded = 0;
        for (int i = 0; i < uniqueCount; i++) {
            String body = event(
                    "wh-" + i,
                    Fixtures.payinLink(
                            String.format("PL%024d", i),
                            Fixtures.WEBHOOK_EVENT_BYTES
                                    - envelope
                                    - String.valueOf(i).length()
                                    + 1));
            String data = Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8));
            unique.add(request(body, data, WebhookSignature.sign(INTEGRITY_KEY, data)));
            json = body.length();
            encoded = data.length();
        }
        this.jsonBytes = json;
        this.encodedBytes = encoded;
        duplicates = new ArrayList<>(unique.subList(0, Math.min(duplicateCount, uniqueCount)));
        forged = new ArrayList<>(forgedCount);
        for (int i = 0; i < forgedCount; i++) {
            String body = event("forged-" + i, Fixtures.payinLink("01HPR5TEDFKT498V8CYY3RPCXP", 900));
            String data = Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8));
            forged.add(request(body, data, WebhookSignature.sign(WRONG_KEY, data)));
        }
    }

    /** Inside the consumer's replayWindow, with milliseconds as Palomma may send them. */
    private static final String NOW = java.time.Instant.now()
            .truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
            .toString();

    private static String event(String webhookId, String payinLink) {
        return "{\"webhookId\":\"" + webhookId + "\",\"eventType\":\"payin-link.update\"," + "\"timestamp\":\"" + NOW
                + "\",\"event\":" + payinLink + "}";
    }

    private static byte[] request(String body, String encodedData, String signature) {
        byte[] json = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + WebhookReceiver.PATH + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n"
                + "User-Agent: palomma-bench\r\n"
                + "Content-Type: application/json\r\n"
                + "X-Encoded-Data: " + encodedData + "\r\n"
                + "X-Signature: " + signature + "\r\n"
                + "Content-Length: " + json.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[headBytes.length + json.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(json, 0, all, headBytes.length, json.length);
        return all;
    }
}
