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
import java.util.function.ToLongFunction;
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

    /**
     * Where a resource lives and what it answers with. Every resource follows one pattern: a create is a POST to its
     * path, a list a GET of its path, a get a GET of {@code path/{id}}.
     */
    private record Resource(PalommaResource name, String path, Class<?> model) {

        ApiCall create(Class<? extends Record> request, RequestRules rules) {
            return new ApiCall(name, path, model, request, rules);
        }

        ApiCall list(String... filters) {
            return new ApiCall(name, list, path, model, filters);
        }

        ApiCall get() {
            return new ApiCall(name, get, path + "/{id}", model);
        }
    }

    /**
     * The body of a payin or payout request: the source or target the money moves through, a whole-peso amount above
     * the documented minimum and at most the merchant's maximum, and optionally which merchant account the money goes
     * to or comes from.
     */
    private static RequestRules moneyMovement(
            String through, ToLongFunction<RequestLimits> max, String what, String merchantAccount) {
        return RequestRules.of(
                text("reference"), required(through), pesos("amount", 1_000, max, what), text(merchantAccount));
    }

    public static final List<ApiCall> ALL = all();

    private static List<ApiCall> all() {
        Resource customers = new Resource(PalommaResource.customers, "/customers", Customer.class);
        Resource payinLinks = new Resource(PalommaResource.payinLinks, "/payinLinks", PayinLink.class);
        Resource payinSources = new Resource(PalommaResource.payinSources, "/payinSources", PayinSource.class);
        Resource payinRequests = new Resource(PalommaResource.payinRequests, "/payinRequests", PayinRequest.class);
        Resource payoutTargets = new Resource(PalommaResource.payoutTargets, "/payoutTargets", PayoutTarget.class);
        Resource payoutRequests = new Resource(PalommaResource.payoutRequests, "/payoutRequests", PayoutRequest.class);
        Resource merchantAccounts =
                new Resource(PalommaResource.merchantAccounts, "/merchantAccounts", MerchantAccount.class);
        Resource payinSettlements = new Resource(
                PalommaResource.payinSettlements,
                "/merchantAccounts/{merchantAccountId}/{settlementsPath}",
                PayinSettlement.class);
        return List.of(
                customers.create(
                        NewCustomer.class,
                        RequestRules.of(
                                text("reference"),
                                required("name"),
                                oneOf("documentType", DocumentType.VALUES, true),
                                required("documentNumber"),
                                required("email"),
                                required("phoneNumber"))),
                customers.list(REFERENCE),
                customers.get(),
                payinLinks.create(
                        NewPayinLink.class,
                        RequestRules.of(
                                text("reference"),
                                text("description"),
                                required("customerId"),
                                required("redirectUrl"),
                                pesos("amount", 1_500, RequestLimits::maxPayinAmount, "a payin link amount"),
                                oneOf("type", PayinLinkType.VALUES, true),
                                when("type", PayinLinkType.GENERAL, listOf("availableTypes", PayinLinkType.AVAILABLE)),
                                matching(
                                        "expiration",
                                        EXPIRATION,
                                        "it must be YYYY-MM-DDTHH:mm:ss, e.g. 2026-12-31T23:59:59"),
                                text("targetMerchantAccountId"))),
                payinLinks.list(REFERENCE, CUSTOMER_ID),
                payinLinks.get(),
                payinSources.create(
                        NewPayinSource.class,
                        RequestRules.of(
                                text("reference"),
                                text("description"),
                                required("customerId"),
                                required("redirectUrl"),
                                oneOf("type", PayinSourceType.VALUES, true),
                                when("type", PayinSourceType.BANK_ACCOUNT, BANK_ACCOUNT),
                                bool("partialPayinsEnabled"))),
                payinSources.list(REFERENCE, CUSTOMER_ID),
                payinSources.get(),
                payinRequests.create(
                        NewPayinRequest.class,
                        moneyMovement(
                                "payinSourceId",
                                RequestLimits::maxPayinAmount,
                                "a payin request amount",
                                "targetMerchantAccountId")),
                payinRequests.list(REFERENCE, CUSTOMER_ID),
                payinRequests.get(),
                payoutTargets.create(
                        NewPayoutTarget.class,
                        RequestRules.of(
                                text("reference"),
                                text("description"),
                                required("customerId"),
                                required("redirectUrl"),
                                oneOf("type", PayoutTargetType.VALUES, true),
                                BANK_ACCOUNT)),
                payoutTargets.list(REFERENCE, CUSTOMER_ID),
                payoutTargets.get(),
                payoutRequests.create(
                        NewPayoutRequest.class,
                        moneyMovement(
                                "payoutTargetId",
                                RequestLimits::maxPayoutAmount,
                                "a payout request amount",
                                "sourceMerchantAccountId")),
                payoutRequests.list(REFERENCE, CUSTOMER_ID),
                payoutRequests.get(),
                merchantAccounts.list(),
                merchantAccounts.get(),
                payinSettlements.list(),
                payinSettlements.get());
    }

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
