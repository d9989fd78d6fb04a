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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelpalomma.internal.Json;
import io.github.camelpalomma.model.Page;
import io.github.camelpalomma.model.PalommaOperation;
import io.github.camelpalomma.model.PalommaResource;

/**
 * One call of the Palomma v0 API: a row of {@link ApiCalls}.
 *
 * <p>{@code path} is a template relative to the base URL; {@code {id}}, {@code {merchantAccountId}} and
 * {@code {settlementsPath}} are filled in per call. {@code model} is the resource's model class; list calls answer a
 * {@link Page} of it. A create has a typed request (its fields in the documented order) and the rules its body must
 * satisfy, both null for reads; {@code filters} are the query filters a list documents (besides limit and cursor): no
 * other filter is ever sent. The rows are made by {@link ApiCalls} only.
 */
public record ApiCall(
        PalommaResource resource,
        PalommaOperation operation,
        String method,
        String path,
        Class<?> model,
        Class<? extends Record> request,
        RequestRules rules,
        Set<String> filters) {

    /** The list filter on the reference a resource was created with. */
    public static final String REFERENCE = "reference";
    /** The list filter on the owning customer. */
    public static final String CUSTOMER_ID = "customerId";

    /** A read: no body; a list takes the filters named. */
    ApiCall(PalommaResource resource, PalommaOperation operation, String path, Class<?> model, String... filters) {
        this(resource, operation, "GET", path, model, null, null, Set.of(filters));
    }

    /** A create: POST of a typed request checked by rules. */
    ApiCall(
            PalommaResource resource,
            String path,
            Class<?> model,
            Class<? extends Record> request,
            RequestRules rules) {
        this(resource, PalommaOperation.create, "POST", path, model, request, rules, Set.of());
    }

    /**
     * A create's body as it goes on the wire: a typed request, a Map or a JSON string, put in the documented field order
     * and checked against the documented rules.
     */
    public CreateBody createBody(Object given, RequestLimits limits) {
        JsonNode body = RequestBodies.toTree(given);
        if (given == null || given.getClass() != request) {
            // a typed request is written in its documented order already; a Map or a JSON string is put in it
            body = RequestBodies.inDocumentedOrder(body, request);
        }
        rules.validate(body, limits);
        return CreateBody.of(body);
    }

    public boolean isCreate() {
        return operation == PalommaOperation.create;
    }

    public boolean needsId() {
        return path.contains("{id}");
    }

    public boolean needsMerchantAccountId() {
        return path.contains("{merchantAccountId}");
    }

    /** The Java type of the answer: the model, or a page of it. */
    public JavaType answerType() {
        return operation == PalommaOperation.list
                ? PAGE_TYPES.get(model)
                : Json.types().constructType(model);
    }

    private static final ClassValue<JavaType> PAGE_TYPES = new ClassValue<>() {
        @Override
        protected JavaType computeValue(Class<?> model) {
            return Json.types().constructParametricType(Page.class, model);
        }
    };

    /** The path with its variables filled in, each URL-encoded. */
    public String expand(Map<String, String> variables) {
        StringBuilder out = new StringBuilder(path.length() + 32);
        int i = 0;
        while (i < path.length()) {
            int open = path.indexOf('{', i);
            if (open < 0) {
                out.append(path, i, path.length());
                break;
            }
            int close = path.indexOf('}', open);
            out.append(path, i, open);
            String name = path.substring(open + 1, close);
            String value = variables.get(name);
            if (value == null || value.isBlank()) {
                throw new PalommaValidationException(
                        name,
                        null,
                        "is missing",
                        resource + " " + operation + " needs it (header " + headerOf(name) + " or option " + name
                                + ")");
            }
            if (value.equals(".") || value.equals("..")) {
                throw new PalommaValidationException(
                        name,
                        "'" + value + "'",
                        "is not an id",
                        "'.' and '..' are path steps that would reach another address, not a Palomma id");
            }
            out.append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            i = close + 1;
        }
        return out.toString();
    }

    private static String headerOf(String variable) {
        return "CamelPalomma" + Character.toUpperCase(variable.charAt(0)) + variable.substring(1);
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + resource + " " + operation + ")";
    }
}
