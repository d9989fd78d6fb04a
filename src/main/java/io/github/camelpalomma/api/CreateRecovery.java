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

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelpalomma.internal.Json;
import io.github.camelpalomma.model.Page;
import io.github.camelpalomma.model.PalommaOperation;

/**
 * Finds out whether a create whose outcome is unknown was stored, by listing its resource with the create's
 * {@code reference}. Palomma does not promise that references are unique, nor that every list applies the filter, so an
 * item counts only when its reference equals the create's and every field the create set that the resource carries
 * (amount, customerId, payoutTargetId, type, ...) has the value sent. Anything the component cannot be sure of ends in
 * {@link PalommaCreateOutcomeUnknownException}, never in a resend or in somebody else's resource.
 */
final class CreateRecovery {

    /** Most pages looked at, of {@value #PAGE_SIZE} items each. */
    static final int MAX_PAGES = 5;

    static final int PAGE_SIZE = 100;

    private static final JavaType PAGE_OF_TREES = Json.types().constructParametricType(Page.class, JsonNode.class);

    private final PalommaClient client;
    private final ApiCall create;
    private final ApiCall list;
    private final ObjectNode request;
    private final String reference;
    private final int status;

    /** @param status what Palomma answered to the create (0 for no answer), kept in the exception */
    CreateRecovery(PalommaClient client, ApiCall create, byte[] body, String reference, int status) {
        this.status = status;
        this.client = client;
        this.create = create;
        this.list = ApiCalls.find(create.resource(), PalommaOperation.list).orElseThrow();
        this.request = parse(body);
        this.reference = reference;
    }

    /** The stored resource, or null when Palomma holds none that matches. */
    Object find() {
        List<JsonNode> matches = new ArrayList<>(1);
        String cursor = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            Page<?> page = lookup(cursor);
            for (Object item : page.items()) {
                JsonNode resource = (JsonNode) item;
                if (!(resource instanceof ObjectNode)
                        || !reference.equals(resource.path("reference").asText(null))) {
                    throw unknown(
                            "the lookup by reference answered resources with other references, so Palomma did not "
                                    + "apply the filter and the list cannot tell",
                            null);
                }
                if (matches(request, resource)) {
                    matches.add(resource);
                }
            }
            if (!page.hasMore()) {
                if (matches.size() > 1) {
                    throw unknown(matches.size() + " resources match it", null);
                }
                return matches.isEmpty() ? null : toModel(matches.get(0));
            }
            cursor = page.cursor();
        }
        throw unknown("more than " + MAX_PAGES * PAGE_SIZE + " resources carry its reference", null);
    }

    private Page<?> lookup(String cursor) {
        Map<String, String> query = new LinkedHashMap<>(4);
        query.put(ApiCall.REFERENCE, reference);
        query.put("limit", Integer.toString(PAGE_SIZE));
        query.put("cursor", cursor);
        try {
            return (Page<?>) client.call(list, Map.of(), query, null, null, PAGE_OF_TREES);
        } catch (PalommaApiException e) {
            throw unknown("looking it up failed: " + e.getMessage(), e);
        }
    }

    private Object toModel(JsonNode resource) {
        try {
            return Json.reader().treeToValue(resource, create.model());
        } catch (IOException e) {
            throw unknown("the resource found cannot be read: " + e.getMessage(), e);
        }
    }

    /** True when every field the create set, that this kind of resource carries, has the value sent. */
    private boolean matches(ObjectNode asked, JsonNode stored) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = asked.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (carries(field.getKey()) && !same(field.getValue(), stored.get(field.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Request-only fields (availableTypes, bankAccount) are not echoed by Palomma and cannot be compared. */
    private boolean carries(String field) {
        for (var component : create.model().getRecordComponents()) {
            if (component.getName().equals(field)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(JsonNode asked, JsonNode stored) {
        if (stored == null || stored.isNull()) {
            return false;
        }
        if (asked.isNumber() && stored.isNumber()) {
            return decimal(asked).compareTo(decimal(stored)) == 0;
        }
        if (asked.isObject() && stored.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = asked.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!same(field.getValue(), stored.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (asked.isArray() && stored.isArray()) {
            if (asked.size() != stored.size()) {
                return false;
            }
            for (int i = 0; i < asked.size(); i++) {
                if (!same(asked.get(i), stored.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return asked.equals(stored);
    }

    private static BigDecimal decimal(JsonNode number) {
        return number.isIntegralNumber() ? new BigDecimal(number.bigIntegerValue()) : number.decimalValue();
    }

    PalommaCreateOutcomeUnknownException unknown(String why, Throwable cause) {
        return unknown(create, reference, status, why, cause);
    }

    static PalommaCreateOutcomeUnknownException unknown(
            ApiCall create, String reference, int status, String why, Throwable cause) {
        return new PalommaCreateOutcomeUnknownException(
                status,
                "the " + create.resource() + " create with reference '" + reference
                        + "' may or may not exist at Palomma: " + why
                        + ". It was not sent again, so that it cannot be stored twice; "
                        + "look it up (" + create.resource()
                        + " list with header CamelPalommaReference) before creating it again",
                create.resource().name(),
                reference,
                cause);
    }

    private static ObjectNode parse(byte[] body) {
        try {
            return (ObjectNode) Json.reader().readTree(body);
        } catch (IOException | ClassCastException e) {
            // the component wrote these bytes from a validated JSON object
            throw new IllegalStateException("a create body that is not a JSON object", e);
        }
    }
}
