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
package io.github.camelpalomma.model;

import java.util.EnumSet;
import java.util.Set;

import static io.github.camelpalomma.model.PalommaOperation.create;
import static io.github.camelpalomma.model.PalommaOperation.get;
import static io.github.camelpalomma.model.PalommaOperation.list;
import static io.github.camelpalomma.model.PalommaOperation.listAll;

/** The resource of a {@code palomma:<resource>} URI: a collection of the Palomma v0 API, the local catalogue, or webhooks. */
public enum PalommaResource {
    customers(null, create, get, list, listAll),
    payinLinks("payin-link.update", create, get, list, listAll),
    payinSources("payin-source.update", create, get, list, listAll),
    payinRequests("payin-request.update", create, get, list, listAll),
    payoutTargets("payout-target.update", create, get, list, listAll),
    payoutRequests("payout-request.update", create, get, list, listAll),
    merchantAccounts(null, get, list, listAll),
    payinSettlements("payin-settlement.update", get, list, listAll),
    statusMessages(null, get, list),
    /** Consumer only: every webhook event. */
    webhooks(null);

    private final String eventType;
    private final Set<PalommaOperation> operations;

    PalommaResource(String eventType, PalommaOperation... operations) {
        this.eventType = eventType;
        this.operations =
                operations.length == 0 ? EnumSet.noneOf(PalommaOperation.class) : EnumSet.of(operations[0], operations);
    }

    /** The producer operations this resource offers (empty for {@code webhooks}). */
    public Set<PalommaOperation> operations() {
        return operations;
    }

    /** The webhook eventType announcing changes of this resource, or null when Palomma sends none. */
    public String eventType() {
        return eventType;
    }

    /** The resources a consumer can receive events for, comma-separated. */
    public static String withEvents() {
        return java.util.Arrays.stream(values())
                .filter(PalommaResource::hasEvents)
                .map(Enum::name)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** True when {@code from("palomma:<resource>")} can receive this resource's webhook events. */
    public boolean hasEvents() {
        return eventType != null || this == webhooks;
    }
}
