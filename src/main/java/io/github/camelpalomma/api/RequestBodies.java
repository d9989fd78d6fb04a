package io.github.camelpalomma.api;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Turns whatever a route gives as a create's body (typed request, Map, JSON text or bytes) into one JSON tree. */
public final class RequestBodies {

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

    private RequestBodies() {
    }

    public static JsonNode toTree(Object body) {
        if (body == null) {
            throw new PalommaValidationException("body", null, "is missing",
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
            return Json.MAPPER.valueToTree(body);
        } catch (IOException e) {
            throw new PalommaValidationException("body", null, "could not be read", "it must be a JSON object");
        } catch (IllegalArgumentException e) {
            if (e instanceof PalommaValidationException pve) {
                throw pve;
            }
            throw new PalommaValidationException("body", body.getClass().getSimpleName(), "cannot be turned into JSON",
                    "a create takes a typed request, a Map or a JSON object string");
        }
    }

    /**
     * The same tree with its fields in the order of the typed request's components (the documented order), nested records
     * likewise, and any other field after them; so a typed request, a Map and a JSON string give the same bytes.
     */
    public static JsonNode inDocumentedOrder(JsonNode body, Class<?> type) {
        if (type == null || !type.isRecord() || !(body instanceof ObjectNode object)) {
            return body;
        }
        ObjectNode ordered = Json.MAPPER.createObjectNode();
        for (RecordComponent component : COMPONENTS.get(type)) {
            JsonNode value = object.get(component.getName());
            if (value != null) {
                ordered.set(component.getName(), inDocumentedOrder(value, component.getType()));
            }
        }
        object.fields().forEachRemaining(e -> {
            if (!ordered.has(e.getKey())) {
                ordered.set(e.getKey(), e.getValue());
            }
        });
        return ordered;
    }

    /**
     * A typed request as a tree, read through its accessors: the same tree Jackson would build (nulls left out), without
     * writing the record to a token buffer first, which costs more than the rest of the request's preparation.
     */
    private static ObjectNode recordTree(Record record) {
        ObjectNode tree = Json.MAPPER.createObjectNode();
        for (RecordComponent component : COMPONENTS.get(record.getClass())) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                return Json.MAPPER.valueToTree(record);
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
                tree.set(component.getName(), Json.MAPPER.valueToTree(value));
            }
        }
        return tree;
    }

    private static JsonNode parse(byte[] json) throws IOException {
        try {
            JsonNode node = Json.MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new PalommaValidationException("body", "''", "is empty", "it must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new PalommaValidationException("body", null, "is not valid JSON" + where, "it must be a JSON object");
        }
    }
}
