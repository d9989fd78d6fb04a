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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelpalomma.internal.Json;

/**
 * A checked create body: its JSON bytes and the {@code reference} it carries, by which an ambiguous failure is looked up.
 *
 * @param json      the body as sent
 * @param reference the body's reference, or null when it has none
 */
public record CreateBody(byte[] json, String reference) {

    static CreateBody of(JsonNode body) {
        JsonNode reference = body.get("reference");
        try {
            return new CreateBody(
                    Json.writer().writeValueAsBytes(body),
                    reference == null || !reference.isTextual() ? null : reference.asText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A checked create body could not be written as JSON", e);
        }
    }
}
