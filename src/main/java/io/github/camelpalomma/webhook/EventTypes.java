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

import java.util.Map;

import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.model.PayinRequest;
import io.github.camelpalomma.model.PayinSettlement;
import io.github.camelpalomma.model.PayinSource;
import io.github.camelpalomma.model.PayoutRequest;
import io.github.camelpalomma.model.PayoutTarget;

/** The webhook {@code eventType}s Palomma sends, and the model each one's {@code event} is. */
public final class EventTypes {

    public static final String PAYIN_LINK_UPDATE = "payin-link.update";
    public static final String PAYIN_SOURCE_UPDATE = "payin-source.update";
    public static final String PAYIN_REQUEST_UPDATE = "payin-request.update";
    public static final String PAYOUT_TARGET_UPDATE = "payout-target.update";
    public static final String PAYOUT_REQUEST_UPDATE = "payout-request.update";
    /** Only in the later snapshot of Palomma's docs. */
    public static final String PAYIN_SETTLEMENT_UPDATE = "payin-settlement.update";

    private static final Map<String, Class<?>> MODELS = Map.of(
            PAYIN_LINK_UPDATE, PayinLink.class,
            PAYIN_SOURCE_UPDATE, PayinSource.class,
            PAYIN_REQUEST_UPDATE, PayinRequest.class,
            PAYOUT_TARGET_UPDATE, PayoutTarget.class,
            PAYOUT_REQUEST_UPDATE, PayoutRequest.class,
            PAYIN_SETTLEMENT_UPDATE, PayinSettlement.class);

    private EventTypes() {}

    /** The model of an event type, or null for a type this version does not know yet. */
    public static Class<?> modelOf(String eventType) {
        return eventType == null ? null : MODELS.get(eventType);
    }
}
