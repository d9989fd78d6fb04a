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

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The simulator's JSON: compact, absent fields omitted (statusMessage appears only when set), integers kept exact. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {}

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    static ObjectNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * A copy of an object with some of its JSON fields replaced, made through its JSON form: the fields Palomma
     * documents are the ones the simulator changes, and unchanged ones are carried over without naming each.
     */
    @SuppressWarnings("unchecked")
    static <T> T withFields(T value, ObjectNode changes) {
        ObjectNode fields = tree(value);
        fields.setAll(changes);
        return as(fields, (Class<T>) value.getClass());
    }

    /** The object these JSON fields describe; a field the type lacks or cannot hold is a bug, not bad input. */
    static <T> T as(ObjectNode fields, Class<T> type) {
        try {
            return MAPPER.treeToValue(fields, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName() + " of " + fields, e);
        }
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] message(String message) {
        return write(object().put("message", message));
    }

    /** Palomma's list envelope; {@code cursor} is written as null on the last page, never left out. */
    static byte[] page(List<?> items, String cursor) {
        ObjectNode envelope = object();
        ArrayNode array = envelope.putArray("items");
        items.forEach(item -> array.add(tree(item)));
        if (cursor == null) {
            envelope.putNull("cursor");
        } else {
            envelope.put("cursor", cursor);
        }
        envelope.put("count", items.size());
        return write(envelope);
    }

    /** Parses a request body that must be a JSON object; an empty body is an empty object. */
    static JsonNode readObject(byte[] body) {
        if (body == null || body.length == 0) {
            return object();
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiError.badRequest("request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.badRequest("request body cannot be read: " + e.getMessage());
        }
        if (node == null || node.isMissingNode()) {
            return object();
        }
        if (!node.isObject()) {
            throw ApiError.badRequest("request body must be a JSON object");
        }
        return node;
    }
}
