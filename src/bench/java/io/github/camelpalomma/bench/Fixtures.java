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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The recorded Palomma answers under src/test/resources/fixtures. */
final class Fixtures {

    private Fixtures() {}

    /** Size of the payin link the stub answers in A: a typical answer, description included. */
    static final int PAYIN_LINK_BYTES = 872;
    /** Size of the webhook event JSON in B. */
    static final int WEBHOOK_EVENT_BYTES = 998;

    /**
     * The payin link fixture (652 bytes as recorded) with another id and its description lengthened so that the whole
     * JSON is {@code bytes} long (ASCII), the size A is measured with.
     */
    static String payinLink(String id, int bytes) {
        String link = text("payinLinks").replace("01HPR5TEDFKT498V8CYY3RPCXP", id);
        int pad = bytes - link.length();
        if (pad <= 0) {
            return link;
        }
        StringBuilder description = new StringBuilder("Order 1");
        String words = " - two pairs of running shoes, size 42, delivered to Medellin";
        while (description.length() < "Order 1".length() + pad) {
            description.append(words);
        }
        description.setLength("Order 1".length() + pad);
        return link.replace("\"description\":\"Order 1\"", "\"description\":\"" + description + "\"");
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("fixture " + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
