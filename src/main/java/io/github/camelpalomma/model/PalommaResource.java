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

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.github.camelpalomma.model.PalommaOperation.create;
import static io.github.camelpalomma.model.PalommaOperation.get;
import static io.github.camelpalomma.model.PalommaOperation.list;
import static io.github.camelpalomma.model.PalommaOperation.listAll;

/** The resource of a {@code palomma:<resource>} URI: a collection of the Palomma v0 API, the local catalogue, or webhooks. */
public enum PalommaResource {
    customers(Customer.class, null, Set.of(), Set.of(), create, get, list, listAll),
    payinLinks(
            PayinLink.class,
            "payin-link.update",
            PayinLinkStatus.FINAL,
            PayinLinkStatus.FINAL,
            create,
            get,
            list,
            listAll),
    payinSources(
            PayinSource.class,
            "payin-source.update",
            PayinSourceStatus.TERMINAL,
            PayinSourceStatus.FINAL,
            create,
            get,
            list,
            listAll),
    payinRequests(
            PayinRequest.class,
            "payin-request.update",
            PayinRequestStatus.FINAL,
            PayinRequestStatus.FINAL,
            create,
            get,
            list,
            listAll),
    payoutTargets(
            PayoutTarget.class,
            "payout-target.update",
            PayoutTargetStatus.TERMINAL,
            PayoutTargetStatus.FINAL,
            create,
            get,
            list,
            listAll),
    payoutRequests(
            PayoutRequest.class,
            "payout-request.update",
            PayoutRequestStatus.FINAL,
            PayoutRequestStatus.FINAL,
            create,
            get,
            list,
            listAll),
    merchantAccounts(MerchantAccount.class, null, Set.of(), Set.of(), get, list, listAll),
    /** Its event type is only in the later snapshot of Palomma's docs; settlements are not reconciled. */
    payinSettlements(PayinSettlement.class, "payin-settlement.update", Set.of(), Set.of(), get, list, listAll),
    statusMessages(StatusMessage.class, null, Set.of(), Set.of(), get, list),
    /** Consumer only: every webhook event. */
    webhooks(null, null, Set.of(), Set.of());

    private static final Map<String, PalommaResource> BY_EVENT_TYPE = Arrays.stream(values())
            .filter(r -> r.eventType != null)
            .collect(Collectors.toUnmodifiableMap(r -> r.eventType, r -> r));

    private final Class<?> model;
    private final String eventType;
    private final Set<String> terminalStatuses;
    private final Set<String> finalStatuses;
    private final Set<PalommaOperation> operations;

    PalommaResource(
            Class<?> model,
            String eventType,
            Set<String> terminalStatuses,
            Set<String> finalStatuses,
            PalommaOperation... operations) {
        this.model = model;
        this.eventType = eventType;
        this.terminalStatuses = terminalStatuses;
        this.finalStatuses = finalStatuses;
        this.operations =
                operations.length == 0 ? EnumSet.noneOf(PalommaOperation.class) : EnumSet.of(operations[0], operations);
    }

    /** The resource a webhook eventType announces, or null for a type this version does not know. */
    public static PalommaResource ofEventType(String eventType) {
        return eventType == null ? null : BY_EVENT_TYPE.get(eventType);
    }

    /** The model class of this resource (null for {@code webhooks}). */
    public Class<?> model() {
        return model;
    }

    /** True for a status this resource never leaves: a later event that moves it elsewhere is out of order. */
    public boolean isTerminal(String status) {
        return status != null && terminalStatuses.contains(status);
    }

    /** True for a status where reconciliation stops polling this resource. */
    public boolean isFinal(String status) {
        return status != null && finalStatuses.contains(status);
    }

    /** True for the resources whose status changes can be reconciled: those with final statuses. */
    public boolean isTracked() {
        return !finalStatuses.isEmpty();
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
        return Arrays.stream(values())
                .filter(PalommaResource::hasEvents)
                .map(Enum::name)
                .collect(Collectors.joining(", "));
    }

    /** True when {@code from("palomma:<resource>")} can receive this resource's webhook events. */
    public boolean hasEvents() {
        return eventType != null || this == webhooks;
    }
}
