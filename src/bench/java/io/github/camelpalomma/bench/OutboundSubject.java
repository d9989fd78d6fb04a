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

import java.util.List;

import io.github.camelpalomma.model.NewPayinLink;
import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.model.PayinLinkType;

/** One way of creating a payin link against the stub; each implementation lives in its own child JVM. */
interface OutboundSubject extends AutoCloseable {

    /** The request every subject sends. */
    NewPayinLink REQUEST = new NewPayinLink(
            "order-1",
            "Order 1",
            "01HPR57X6QR5ZRKEEKBSDBW4RA",
            "http://merchant.com/checkout",
            100_000L,
            PayinLinkType.GENERAL,
            List.of(PayinLinkType.PSE, PayinLinkType.CARD),
            null,
            null);

    /** Creates one payin link and answers it as parsed. */
    PayinLink create() throws Exception;

    static OutboundSubject named(String name, String baseUrl) throws Exception {
        return switch (name) {
            case "raw" -> new RawHc5Subject(baseUrl);
            case "component" -> new ComponentSubject(baseUrl, true);
            case "component-endpoint" -> new ComponentSubject(baseUrl, false);
            case "camel-http" -> new CamelHttpRouteSubject(baseUrl);
            default -> throw new IllegalArgumentException("no outbound subject " + name);
        };
    }
}
