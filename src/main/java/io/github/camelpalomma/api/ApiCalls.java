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
package io.github.camelpalomma.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.github.camelpalomma.model.AccountType;
import io.github.camelpalomma.model.Bank;
import io.github.camelpalomma.model.Customer;
import io.github.camelpalomma.model.DocumentType;
import io.github.camelpalomma.model.MerchantAccount;
import io.github.camelpalomma.model.NewCustomer;
import io.github.camelpalomma.model.NewPayinLink;
import io.github.camelpalomma.model.NewPayinRequest;
import io.github.camelpalomma.model.NewPayinSource;
import io.github.camelpalomma.model.NewPayoutRequest;
import io.github.camelpalomma.model.NewPayoutTarget;
import io.github.camelpalomma.model.PalommaOperation;
import io.github.camelpalomma.model.PalommaResource;
import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.model.PayinLinkType;
import io.github.camelpalomma.model.PayinRequest;
import io.github.camelpalomma.model.PayinSettlement;
import io.github.camelpalomma.model.PayinSource;
import io.github.camelpalomma.model.PayinSourceType;
import io.github.camelpalomma.model.PayoutRequest;
import io.github.camelpalomma.model.PayoutTarget;
import io.github.camelpalomma.model.PayoutTargetType;

import static io.github.camelpalomma.api.ApiCall.CUSTOMER_ID;
import static io.github.camelpalomma.api.ApiCall.REFERENCE;
import static io.github.camelpalomma.api.RequestRules.bank;
import static io.github.camelpalomma.api.RequestRules.bool;
import static io.github.camelpalomma.api.RequestRules.listOf;
import static io.github.camelpalomma.api.RequestRules.matching;
import static io.github.camelpalomma.api.RequestRules.object;
import static io.github.camelpalomma.api.RequestRules.oneOf;
import static io.github.camelpalomma.api.RequestRules.pesos;
import static io.github.camelpalomma.api.RequestRules.required;
import static io.github.camelpalomma.api.RequestRules.text;
import static io.github.camelpalomma.api.RequestRules.when;
import static io.github.camelpalomma.model.PalommaOperation.get;
import static io.github.camelpalomma.model.PalommaOperation.list;

/** The 22 calls of the Palomma v0 API, one row each. Adding a call is one row here plus its model. */
public final class ApiCalls {

    private static final RequestRules.Check BANK_ACCOUNT = object(
            "bankAccount",
            bank("bank", Bank.VALUES),
            oneOf("accountType", AccountType.VALUES, true),
            required("accountNumber"));

    private static final Pattern EXPIRATION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");

    private static final java.util.Set<String> AVAILABLE_TYPES;

    static {
        java.util.Set<String> types = new java.util.HashSet<>(PayinLinkType.VALUES);
        types.remove(PayinLinkType.GENERAL);
        AVAILABLE_TYPES = java.util.Set.copyOf(types);
    }

    public static final List<ApiCall> ALL = List.of(
            new ApiCall(
                    PalommaResource.customers,
                    "/customers",
                    Customer.class,
                    NewCustomer.class,
                    RequestRules.of(
                            text("reference"),
                            required("name"),
                            oneOf("documentType", DocumentType.VALUES, true),
                            required("documentNumber"),
                            required("email"),
                            required("phoneNumber"))),
            new ApiCall(PalommaResource.customers, list, "/customers", Customer.class, REFERENCE),
            new ApiCall(PalommaResource.customers, get, "/customers/{id}", Customer.class),
            new ApiCall(
                    PalommaResource.payinLinks,
                    "/payinLinks",
                    PayinLink.class,
                    NewPayinLink.class,
                    RequestRules.of(
                            text("reference"),
                            text("description"),
                            required("customerId"),
                            required("redirectUrl"),
                            pesos("amount", 1_500, RequestLimits::maxPayinAmount, "a payin link amount"),
                            oneOf("type", PayinLinkType.VALUES, true),
                            when("type", PayinLinkType.GENERAL, listOf("availableTypes", AVAILABLE_TYPES)),
                            matching(
                                    "expiration",
                                    EXPIRATION,
                                    "it must be YYYY-MM-DDTHH:mm:ss, e.g. 2026-12-31T23:59:59"),
                            text("targetMerchantAccountId"))),
            new ApiCall(PalommaResource.payinLinks, list, "/payinLinks", PayinLink.class, REFERENCE, CUSTOMER_ID),
            new ApiCall(PalommaResource.payinLinks, get, "/payinLinks/{id}", PayinLink.class),
            new ApiCall(
                    PalommaResource.payinSources,
                    "/payinSources",
                    PayinSource.class,
                    NewPayinSource.class,
                    RequestRules.of(
                            text("reference"),
                            text("description"),
                            required("customerId"),
                            required("redirectUrl"),
                            oneOf("type", PayinSourceType.VALUES, true),
                            when("type", PayinSourceType.BANK_ACCOUNT, BANK_ACCOUNT),
                            bool("partialPayinsEnabled"))),
            new ApiCall(PalommaResource.payinSources, list, "/payinSources", PayinSource.class, REFERENCE, CUSTOMER_ID),
            new ApiCall(PalommaResource.payinSources, get, "/payinSources/{id}", PayinSource.class),
            new ApiCall(
                    PalommaResource.payinRequests,
                    "/payinRequests",
                    PayinRequest.class,
                    NewPayinRequest.class,
                    RequestRules.of(
                            text("reference"),
                            required("payinSourceId"),
                            pesos("amount", 1_000, RequestLimits::maxPayinAmount, "a payin request amount"),
                            text("targetMerchantAccountId"))),
            new ApiCall(
                    PalommaResource.payinRequests, list, "/payinRequests", PayinRequest.class, REFERENCE, CUSTOMER_ID),
            new ApiCall(PalommaResource.payinRequests, get, "/payinRequests/{id}", PayinRequest.class),
            new ApiCall(
                    PalommaResource.payoutTargets,
                    "/payoutTargets",
                    PayoutTarget.class,
                    NewPayoutTarget.class,
                    RequestRules.of(
                            text("reference"),
                            text("description"),
                            required("customerId"),
                            required("redirectUrl"),
                            oneOf("type", PayoutTargetType.VALUES, true),
                            BANK_ACCOUNT)),
            new ApiCall(
                    PalommaResource.payoutTargets, list, "/payoutTargets", PayoutTarget.class, REFERENCE, CUSTOMER_ID),
            new ApiCall(PalommaResource.payoutTargets, get, "/payoutTargets/{id}", PayoutTarget.class),
            new ApiCall(
                    PalommaResource.payoutRequests,
                    "/payoutRequests",
                    PayoutRequest.class,
                    NewPayoutRequest.class,
                    RequestRules.of(
                            text("reference"),
                            required("payoutTargetId"),
                            pesos("amount", 1_000, RequestLimits::maxPayoutAmount, "a payout request amount"),
                            text("sourceMerchantAccountId"))),
            new ApiCall(
                    PalommaResource.payoutRequests,
                    list,
                    "/payoutRequests",
                    PayoutRequest.class,
                    REFERENCE,
                    CUSTOMER_ID),
            new ApiCall(PalommaResource.payoutRequests, get, "/payoutRequests/{id}", PayoutRequest.class),
            new ApiCall(PalommaResource.merchantAccounts, list, "/merchantAccounts", MerchantAccount.class),
            new ApiCall(PalommaResource.merchantAccounts, get, "/merchantAccounts/{id}", MerchantAccount.class),
            new ApiCall(
                    PalommaResource.payinSettlements,
                    list,
                    "/merchantAccounts/{merchantAccountId}/{settlementsPath}",
                    PayinSettlement.class),
            new ApiCall(
                    PalommaResource.payinSettlements,
                    get,
                    "/merchantAccounts/{merchantAccountId}/{settlementsPath}/{id}",
                    PayinSettlement.class));

    private static final Map<PalommaResource, Map<PalommaOperation, ApiCall>> INDEX =
            new EnumMap<>(PalommaResource.class);

    static {
        for (ApiCall call : ALL) {
            INDEX.computeIfAbsent(call.resource(), r -> new EnumMap<>(PalommaOperation.class))
                    .put(call.operation(), call);
        }
    }

    private ApiCalls() {}

    /** The call for a resource and operation; listAll walks the list call. Empty for the local statusMessages. */
    public static Optional<ApiCall> find(PalommaResource resource, PalommaOperation operation) {
        PalommaOperation op = operation == PalommaOperation.listAll ? list : operation;
        Map<PalommaOperation, ApiCall> calls = INDEX.get(resource);
        return Optional.ofNullable(calls == null ? null : calls.get(op));
    }
}
