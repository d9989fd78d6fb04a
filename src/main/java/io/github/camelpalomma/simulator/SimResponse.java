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

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP answer: status, content type, body and any extra headers. */
final class SimResponse {

    static final String JSON = "application/json";

    final int status;
    final String contentType;
    final byte[] body;
    final Map<String, String> headers = new LinkedHashMap<>();

    SimResponse(int status, String contentType, byte[] body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    static SimResponse json(Object value) {
        return new SimResponse(200, JSON, value instanceof byte[] bytes ? bytes : Json.write(value));
    }

    static SimResponse error(int status, String message) {
        return new SimResponse(status, JSON, Json.message(message));
    }

    static SimResponse html(String html) {
        return new SimResponse(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    static SimResponse redirect(String location) {
        SimResponse response = new SimResponse(303, "text/plain", new byte[0]);
        response.headers.put("Location", location);
        return response;
    }

    SimResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
