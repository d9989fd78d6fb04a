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

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The documented rules of one create call, checked on the JSON body before anything is sent, so that a typed request, a
 * Map and a JSON string are judged alike.
 */
final class RequestRules {

    /** One check of one field. */
    @FunctionalInterface
    interface Check {
        void apply(JsonNode body, String prefix, RequestLimits limits);
    }

    private final List<Check> checks;

    private RequestRules(List<Check> checks) {
        this.checks = checks;
    }

    static RequestRules of(Check... checks) {
        return new RequestRules(List.of(checks));
    }

    void validate(JsonNode body, RequestLimits limits) {
        if (body == null || !body.isObject()) {
            throw new PalommaValidationException(
                    "body",
                    body == null ? null : body.getNodeType().toString().toLowerCase(),
                    "is not a JSON object",
                    "a create takes a typed request, a Map or a JSON object string");
        }
        for (Check check : checks) {
            check.apply(body, "", limits);
        }
    }

    /** A string that must be present and not blank. */
    static Check required(String field) {
        return (body, prefix, limits) -> {
            JsonNode node = body.get(field);
            if (node == null
                    || node.isNull()
                    || (node.isTextual() && node.asText().isBlank())) {
                throw new PalommaValidationException(prefix + field, null, "is missing", "it is required");
            }
            if (!node.isTextual()) {
                throw new PalommaValidationException(
                        prefix + field, node.toString(), "is not a string", "it must be text");
            }
        };
    }

    /** An optional string; when present it must be text. */
    static Check text(String field) {
        return optional(field, JsonNode::isTextual, "is not a string", "it must be text");
    }

    /** An optional boolean. */
    static Check bool(String field) {
        return optional(field, JsonNode::isBoolean, "is not a boolean", "it must be true or false");
    }

    /** An optional field; when present (and not null) it must be of the JSON kind {@code isKind} accepts. */
    private static Check optional(String field, Predicate<JsonNode> isKind, String problem, String rule) {
        return (body, prefix, limits) -> {
            JsonNode node = body.get(field);
            if (node != null && !node.isNull() && !isKind.test(node)) {
                throw new PalommaValidationException(prefix + field, node.toString(), problem, rule);
            }
        };
    }

    /** An optional string matching a pattern described in words. */
    static Check matching(String field, Pattern pattern, String rule) {
        return (body, prefix, limits) -> {
            text(field).apply(body, prefix, limits);
            JsonNode node = body.get(field);
            if (node != null
                    && node.isTextual()
                    && !pattern.matcher(node.asText()).matches()) {
                throw new PalommaValidationException(
                        prefix + field, "'" + node.asText() + "'", "has the wrong format", rule);
            }
        };
    }

    /** A string from a documented set; required or optional. */
    static Check oneOf(String field, Set<String> values, boolean required) {
        return (body, prefix, limits) -> {
            if (required) {
                required(field).apply(body, prefix, limits);
            } else {
                text(field).apply(body, prefix, limits);
            }
            JsonNode node = body.get(field);
            if (node != null && node.isTextual() && !values.contains(node.asText())) {
                throw new PalommaValidationException(
                        prefix + field,
                        "'" + node.asText() + "'",
                        "is not an allowed value",
                        "it must be one of " + String.join(", ", new TreeSet<>(values)));
            }
        };
    }

    /** The bank code, checked against the known list unless validateBanks is off. */
    static Check bank(String field, Set<String> values) {
        return (body, prefix, limits) -> {
            if (limits.validateBanks()) {
                oneOf(field, values, true).apply(body, prefix, limits);
            } else {
                required(field).apply(body, prefix, limits);
            }
        };
    }

    /**
     * A required amount of whole pesos, greater than {@code above} and at most the configured maximum. However the route
     * spelled it (BigDecimal of any scale, a whole double, {@code 1e5}), it leaves as a plain JSON integer token.
     */
    static Check pesos(String field, long above, ToLongFunction<RequestLimits> max, String what) {
        return (body, prefix, limits) -> {
            JsonNode node = body.get(field);
            String name = prefix + field;
            if (node == null || node.isNull()) {
                throw new PalommaValidationException(name, null, "is missing", "it is required");
            }
            long amount = wholePesos(name, node);
            long ceiling = max.applyAsLong(limits);
            if (amount <= above) {
                throw new PalommaValidationException(
                        name,
                        Long.toString(amount),
                        "is too small",
                        what + " must be greater than " + above + " pesos");
            }
            if (amount > ceiling) {
                throw new PalommaValidationException(
                        name,
                        Long.toString(amount),
                        "is too large",
                        what + " may be at most " + ceiling + " pesos (maxima are set per merchant by Palomma; "
                                + "see maxPayinAmount and maxPayoutAmount)");
            }
            if (!node.isInt() && !node.isLong()) {
                ((ObjectNode) body).put(field, amount);
            }
        };
    }

    /** The exact whole number a JSON number stands for; refused when it has a fraction or is not finite. */
    static long wholePesos(String name, JsonNode node) {
        if (!node.isNumber()) {
            throw new PalommaValidationException(
                    name, node.toString(), "is not a number", "it must be a whole number of Colombian pesos");
        }
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw new PalommaValidationException(name, node.asText(), "is too large", "it must fit in a long");
            }
            return node.longValue();
        }
        if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            throw new PalommaValidationException(
                    name, node.asText(), "is not a finite number", "it must be a whole number of Colombian pesos");
        }
        BigDecimal exact = node.decimalValue();
        if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            throw new PalommaValidationException(
                    name,
                    exact.toPlainString(),
                    "is not a whole number of pesos",
                    "Palomma amounts are whole Colombian pesos; fractions are rejected, never rounded");
        }
        try {
            return exact.longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new PalommaValidationException(name, exact.toPlainString(), "is too large", "it must fit in a long");
        }
    }

    /** A required nested object with its own checks. */
    static Check object(String field, Check... nested) {
        return (body, prefix, limits) -> {
            JsonNode node = body.get(field);
            if (node == null || node.isNull()) {
                throw new PalommaValidationException(prefix + field, null, "is missing", "it is required");
            }
            if (!node.isObject()) {
                throw new PalommaValidationException(
                        prefix + field, node.toString(), "is not an object", "it must be a JSON object");
            }
            for (Check check : nested) {
                check.apply(node, prefix + field + ".", limits);
            }
        };
    }

    /** Applies the checks only when {@code field} has {@code value}. */
    static Check when(String field, String value, Check... checks) {
        return (body, prefix, limits) -> {
            JsonNode node = body.get(field);
            if (node != null && value.equals(node.asText())) {
                for (Check check : checks) {
                    check.apply(body, prefix, limits);
                }
            }
        };
    }

    /** A non-empty array whose items all come from a documented set. */
    static Check listOf(String field, Set<String> values) {
        return (body, prefix, limits) -> {
            JsonNode node = body.get(field);
            String name = prefix + field;
            if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
                throw new PalommaValidationException(
                        name,
                        null,
                        "is missing or empty",
                        "it needs at least one of " + String.join(", ", new TreeSet<>(values)));
            }
            if (!node.isArray()) {
                throw new PalommaValidationException(name, node.toString(), "is not a list", "it must be a JSON array");
            }
            for (JsonNode item : node) {
                if (!item.isTextual() || !values.contains(item.asText())) {
                    throw new PalommaValidationException(
                            name,
                            item.toString(),
                            "holds a value that is not allowed",
                            "each item must be one of " + String.join(", ", new TreeSet<>(values)));
                }
            }
        };
    }
}
