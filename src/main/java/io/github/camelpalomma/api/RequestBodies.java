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
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelpalomma.internal.Json;

/**
 * Turns whatever a route gives as a create's body (typed request, Map, JSON text or bytes) into one JSON tree: numbers read
 * exactly, no nulls, at most {@value #MAX_DEPTH} levels deep.
 */
final class RequestBodies {

    /** Palomma's requests are two levels deep; anything far deeper is a mistake, refused before it can exhaust the stack. */
    static final int MAX_DEPTH = 64;

    /** Record components per class: the reflective lookup copies its array on every call. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent component : components) {
                component.getAccessor().setAccessible(true);
            }
            return components;
        }
    };

    private RequestBodies() {}

    static JsonNode toTree(Object body) {
        if (body == null) {
            throw new PalommaValidationException(
                    "body",
                    null,
                    "is missing",
                    "a create takes a typed request (e.g. NewPayinLink), a Map or a JSON object string");
        }
        try {
            if (body instanceof JsonNode node) {
                return node;
            }
            if (body instanceof String text) {
                return parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            if (body instanceof byte[] bytes) {
                return parse(bytes);
            }
            if (body instanceof InputStream in) {
                return parse(in.readAllBytes());
            }
            if (body instanceof Record record) {
                return recordTree(record);
            }
            checkDepth(body, 0);
            return Json.valueToTree(body);
        } catch (IOException e) {
            throw new PalommaValidationException("body", null, "could not be read", "it must be a JSON object");
        } catch (IllegalArgumentException e) {
            if (e instanceof PalommaValidationException pve) {
                throw pve;
            }
            throw new PalommaValidationException(
                    "body",
                    body.getClass().getSimpleName(),
                    "cannot be turned into JSON",
                    "a create takes a typed request, a Map or a JSON object string");
        }
    }

    /**
     * A copy of the tree with its fields in the order of the typed request's components (the documented order), nested
     * records likewise, and any other field after them, leaving out explicit nulls as a Map's null values are; so a typed
     * request, a Map and a JSON string give the same bytes. The given tree is left as it was.
     */
    static JsonNode inDocumentedOrder(JsonNode body, Class<?> type) {
        return tidy(body, type, 0);
    }

    private static JsonNode tidy(JsonNode node, Class<?> type, int depth) {
        if (!node.isContainerNode()) {
            return node;
        }
        if (depth >= MAX_DEPTH) {
            throw tooDeep();
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            for (JsonNode item : array) {
                copy.add(tidy(item, null, depth + 1));
            }
            return copy;
        }
        ObjectNode ordered = JsonNodeFactory.instance.objectNode();
        if (type != null && type.isRecord()) {
            for (RecordComponent component : COMPONENTS.get(type)) {
                JsonNode value = node.get(component.getName());
                if (value != null && !value.isNull()) {
                    ordered.set(component.getName(), tidy(value, component.getType(), depth + 1));
                }
            }
        }
        node.fields().forEachRemaining(e -> {
            if (!e.getValue().isNull() && !ordered.has(e.getKey())) {
                ordered.set(e.getKey(), tidy(e.getValue(), null, depth + 1));
            }
        });
        return ordered;
    }

    /** Refuses Maps, collections and arrays nested deeper than Jackson could turn into a tree. */
    private static void checkDepth(Object value, int depth) {
        if (depth >= MAX_DEPTH) {
            throw tooDeep();
        }
        if (value instanceof Map<?, ?> map) {
            for (Object item : map.values()) {
                checkDepth(item, depth + 1);
            }
        } else if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                checkDepth(item, depth + 1);
            }
        } else if (value instanceof Object[] items) {
            for (Object item : items) {
                checkDepth(item, depth + 1);
            }
        }
    }

    private static PalommaValidationException tooDeep() {
        return new PalommaValidationException(
                "body", null, "is nested too deeply", "a create's body may be at most " + MAX_DEPTH + " levels deep");
    }

    /**
     * A typed request as a tree, read through its accessors: the same tree Jackson would build (nulls left out), without
     * writing the record to a token buffer first, which costs more than the rest of the request's preparation.
     */
    private static ObjectNode recordTree(Record record) {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        for (RecordComponent component : COMPONENTS.get(record.getClass())) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                return Json.valueToTree(record);
            }
            if (value == null) {
                continue;
            }
            if (value instanceof String text) {
                tree.put(component.getName(), text);
            } else if (value instanceof Long number) {
                tree.put(component.getName(), number);
            } else if (value instanceof Boolean flag) {
                tree.put(component.getName(), flag);
            } else if (value instanceof Record nested) {
                tree.set(component.getName(), recordTree(nested));
            } else {
                tree.set(component.getName(), Json.valueToTree(value));
            }
        }
        return tree;
    }

    private static JsonNode parse(byte[] json) throws IOException {
        try {
            JsonNode node = Json.reader().readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new PalommaValidationException("body", "''", "is empty", "it must be a JSON object");
            }
            return node;
        } catch (StreamConstraintsException e) {
            if (String.valueOf(e.getOriginalMessage()).contains("depth")) {
                throw tooDeep();
            }
            throw new PalommaValidationException("body", null, "is too large to read", e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            throw new PalommaValidationException("body", null, "is not valid JSON" + where, "it must be a JSON object");
        }
    }
}
