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
package io.github.camelpalomma.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhooks the way Palomma does: HMAC-SHA256 keyed with the integrity key over the {@code X-Encoded-Data} string,
 * rendered as lowercase hex or base64. The component verifies with its own code; the simulator has this copy so that it
 * depends on nothing of the component, and tests that pass signatures from one to the other check both.
 */
final class WebhookSigner {

    private WebhookSigner() {}

    static String sign(String integrityKey, String encodedData, boolean base64) {
        byte[] hmac;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(integrityKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            hmac = mac.doFinal(encodedData.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
        return base64
                ? Base64.getEncoder().encodeToString(hmac)
                : HexFormat.of().formatHex(hmac);
    }
}
