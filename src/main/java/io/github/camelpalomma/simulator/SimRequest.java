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

import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One HTTP request as the simulator's routes see it, independent of the HTTP server underneath.
 *
 * @param remoteAddress the caller's address; null when unknown
 * @param params the path parameters bound by the route, e.g. {@code id}
 */
record SimRequest(
        String method,
        String path,
        Map<String, String> query,
        String authorization,
        byte[] body,
        InetAddress remoteAddress,
        Map<String, String> params) {

    /** A request before routing: no path parameter bound yet. */
    SimRequest(
            String method,
            String path,
            Map<String, String> query,
            String authorization,
            byte[] body,
            InetAddress remoteAddress) {
        this(method, path, query, authorization, body, remoteAddress, Map.of());
    }

    /** This request with the path parameters a route bound. */
    SimRequest withParams(Map<String, String> bound) {
        return new SimRequest(method, path, query, authorization, body, remoteAddress, bound);
    }

    /** The path parameter bound by the route, e.g. {@code id}. */
    String param(String name) {
        return params.get(name);
    }

    JsonNode json() {
        return Json.readObject(body);
    }

    /** Form fields of an HTML form post ({@code application/x-www-form-urlencoded}). */
    Map<String, String> form() {
        return parseQuery(new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8));
    }

    static Map<String, String> parseQuery(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new HashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            out.putIfAbsent(
                    URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return out;
    }
}
