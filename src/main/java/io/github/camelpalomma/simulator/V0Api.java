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

import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelpalomma.model.PalommaResourceObject;
import io.github.camelpalomma.model.PayinSettlement;

/** The 22 calls of Palomma v0, as rows of the route table. Bearer authentication is checked before any of them. */
final class V0Api {

    static final String PREFIX = "/v0";

    private V0Api() {}

    static void register(Router router, SimulatorState state, Creations creations) {
        resource(router, "customers", state.customers, creations::customer);
        resource(router, "payinLinks", state.payinLinks, creations::payinLink);
        resource(router, "payinSources", state.payinSources, creations::payinSource);
        resource(router, "payinRequests", state.payinRequests, creations::payinRequest);
        resource(router, "payoutTargets", state.payoutTargets, creations::payoutTarget);
        resource(router, "payoutRequests", state.payoutRequests, creations::payoutRequest);
        router.add("GET", PREFIX + "/merchantAccounts", request -> list(request, state.ledger.accountViews, null));
        router.add(
                "GET",
                PREFIX + "/merchantAccounts/{id}",
                request -> SimResponse.json(state.ledger.accountViews.get(request.param("id"))));
        // both spellings of the settlement paths the two documentation snapshots show
        for (String sub : new String[] {"settlements", "payinSettlements"}) {
            router.add("GET", PREFIX + "/merchantAccounts/{id}/" + sub, request -> {
                String account =
                        state.ledger.accountViews.get(request.param("id")).id();
                return list(request, state.ledger.settlements, account);
            });
            router.add("GET", PREFIX + "/merchantAccounts/{id}/" + sub + "/{sid}", request -> {
                String account =
                        state.ledger.accountViews.get(request.param("id")).id();
                PayinSettlement settlement = state.ledger.settlements.get(request.param("sid"));
                if (!settlement.merchantAccountId().equals(account)) {
                    throw ApiError.notFound("Payin Settlement not found");
                }
                return SimResponse.json(settlement);
            });
        }
    }

    private static <T extends PalommaResourceObject> void resource(
            Router router, String name, ResourceStore<T> store, Function<JsonNode, T> create) {
        router.add("POST", PREFIX + "/" + name, request -> SimResponse.json(create.apply(request.json())));
        router.add("GET", PREFIX + "/" + name, request -> list(request, store, null));
        router.add("GET", PREFIX + "/" + name + "/{id}", request -> SimResponse.json(store.get(request.param("id"))));
    }

    /** @param owner for settlements, the merchant account they must belong to; null elsewhere */
    private static <T extends PalommaResourceObject> SimResponse list(
            SimRequest request, ResourceStore<T> store, String owner) {
        int limit = limit(request.query().get("limit"));
        String cursor = emptyToNull(request.query().get("cursor"));
        String customerId = owner != null ? owner : emptyToNull(request.query().get("customerId"));
        ResourceStore.PageResult<T> page =
                store.page(cursor, limit, emptyToNull(request.query().get("reference")), customerId);
        return SimResponse.json(Json.page(page.items(), page.cursor()));
    }

    private static int limit(String text) {
        if (text == null || text.isEmpty()) {
            return 20;
        }
        int limit;
        try {
            limit = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("limit must be an integer from 1 to 100 (got '" + text + "')");
        }
        if (limit < 1 || limit > 100) {
            throw ApiError.badRequest("limit must be from 1 to 100 (got " + limit + ")");
        }
        return limit;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
