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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads fields of a create body and answers 400 with a message naming the field for every rule broken. */
final class BodyReader {

    private final JsonNode body;
    private final String prefix;

    BodyReader(JsonNode body) {
        this(body, "");
    }

    private BodyReader(JsonNode body, String prefix) {
        this.body = body;
        this.prefix = prefix;
    }

    String requiredString(String field) {
        String value = optionalString(field);
        if (value == null || value.isBlank()) {
            throw ApiError.badRequest(name(field) + " is required");
        }
        return value;
    }

    String optionalString(String field) {
        JsonNode node = optional(field, JsonNode::isTextual, "a string");
        return node == null ? null : node.textValue();
    }

    String requiredEnum(String field, Collection<String> allowed) {
        String value = requiredString(field);
        checkEnum(field, value, allowed);
        return value;
    }

    boolean optionalBoolean(String field, boolean otherwise) {
        JsonNode node = optional(field, JsonNode::isBoolean, "true or false");
        return node == null ? otherwise : node.booleanValue();
    }

    /** A whole number of pesos with {@code min < amount <= max}. */
    long amount(String field, long exclusiveMin, long max) {
        BigDecimal value =
                required(field, JsonNode::isNumber, "a number of pesos").decimalValue();
        if (value.stripTrailingZeros().scale() > 0) {
            throw ApiError.badRequest(
                    name(field) + " must be a whole number of pesos (got " + value.toPlainString() + ")");
        }
        if (value.compareTo(BigDecimal.valueOf(exclusiveMin)) <= 0) {
            throw ApiError.badRequest(
                    name(field) + " must be greater than " + exclusiveMin + " (got " + value.toPlainString() + ")");
        }
        if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw ApiError.badRequest(name(field) + " must be at most " + max + " (got " + value.toPlainString() + ")");
        }
        return value.longValueExact();
    }

    List<String> requiredEnumList(String field, Collection<String> allowed) {
        JsonNode node = required(field, array -> array.isArray() && !array.isEmpty(), "a non-empty array");
        List<String> values = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw ApiError.badRequest(name(field) + " must contain strings (got " + element + ")");
            }
            checkEnum(field, element.textValue(), allowed);
            values.add(element.textValue());
        }
        return values;
    }

    /** The nested object {@code field}, required. */
    BodyReader requiredObject(String field) {
        return new BodyReader(required(field, JsonNode::isObject, "an object"), name(field) + ".");
    }

    /** The field, which must be there and be {@code mustBe}; otherwise 400 naming it. */
    private JsonNode required(String field, Predicate<JsonNode> type, String mustBe) {
        JsonNode node = optional(field, type, mustBe);
        if (node == null) {
            throw ApiError.badRequest(name(field) + " is required");
        }
        return node;
    }

    /** The field, or null when absent or JSON null; a value that is not {@code mustBe} is a 400 naming it. */
    private JsonNode optional(String field, Predicate<JsonNode> type, String mustBe) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!type.test(node)) {
            throw ApiError.badRequest(name(field) + " must be " + mustBe + " (got " + node + ")");
        }
        return node;
    }

    private void checkEnum(String field, String value, Collection<String> allowed) {
        if (!allowed.contains(value)) {
            throw ApiError.badRequest(name(field) + " must be one of " + String.join(", ", new TreeSet<>(allowed))
                    + " (got '" + value + "')");
        }
    }

    private String name(String field) {
        return prefix + field;
    }
}
