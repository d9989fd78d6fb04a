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

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Palomma's webhook signature: HMAC-SHA256 keyed with the merchant's integrity key over the {@code X-Encoded-Data} header
 * string as sent. Palomma's docs do not pin the rendering of {@code X-Signature}, so {@link #matches} accepts lowercase hex
 * (the likely one, and what {@link #sign} produces) and base64.
 */
public final class WebhookSignature {

    private static final HexFormat HEX = HexFormat.of();

    private final List<SecretKeySpec> keys;
    /** One initialised Mac per key and thread: looking a Mac up and initialising it costs more than the HMAC itself. */
    private final ThreadLocal<Mac[]> macs;

    /** @param integrityKeys one or more keys; during a rotation both the old and the new key verify. */
    public WebhookSignature(List<String> integrityKeys) {
        if (integrityKeys == null || integrityKeys.isEmpty()) {
            throw new IllegalArgumentException("At least one integrity key is required to verify webhook signatures");
        }
        this.keys = integrityKeys.stream()
                .map(k -> new SecretKeySpec(k.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .toList();
        this.macs = ThreadLocal.withInitial(
                () -> keys.stream().map(WebhookSignature::mac).toArray(Mac[]::new));
    }

    /** The signature Palomma sends for this encoded data, as lowercase hex. */
    public static String sign(String integrityKey, String encodedData) {
        return HEX.formatHex(
                hmac(new SecretKeySpec(integrityKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"), encodedData));
    }

    /** The same signature rendered as base64, the other rendering {@link #matches} accepts. */
    public static String signBase64(String integrityKey, String encodedData) {
        return Base64.getEncoder()
                .encodeToString(hmac(
                        new SecretKeySpec(integrityKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"), encodedData));
    }

    /** True when the signature was made with one of the keys; compares in constant time. */
    public boolean matches(String encodedData, String signature) {
        if (encodedData == null || signature == null || signature.isEmpty()) {
            return false;
        }
        byte[] presented = decode(signature.trim());
        if (presented == null || presented.length != 32) {
            return false;
        }
        byte[] data = encodedData.getBytes(StandardCharsets.UTF_8);
        boolean ok = false;
        for (Mac mac : macs.get()) {
            // no early exit: every key is tried, so timing does not tell which key matched
            ok |= MessageDigest.isEqual(mac.doFinal(data), presented);
        }
        return ok;
    }

    private static byte[] decode(String signature) {
        try {
            if (signature.length() == 64) {
                return HEX.parseHex(signature.toLowerCase(java.util.Locale.ROOT));
            }
            return Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] hmac(SecretKeySpec key, String data) {
        return mac(key).doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac mac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSignature[" + keys.size() + " key(s)]";
    }
}
