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
            return type.getRecordComponents();
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
