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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one table of routes: method, path template ({@code /v0/customers/{id}}) and handler. Templates are matched
 * segment by segment; the first matching row wins.
 */
final class Router {

    @FunctionalInterface
    interface Handler {
        SimResponse handle(SimRequest request);
    }

    private record Route(String method, String[] segments, Handler handler) {}

    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String template, Handler handler) {
        routes.add(new Route(method, split(template), handler));
        return this;
    }

    /** The answer of the first row matching this request, given its path parameters; null when no row matches. */
    SimResponse route(SimRequest request) {
        String[] actual = split(request.path());
        for (Route route : routes) {
            if (!route.method.equals(request.method()) || route.segments.length != actual.length) {
                continue;
            }
            Map<String, String> params = match(route.segments, actual);
            if (params != null) {
                return route.handler.handle(request.withParams(params));
            }
        }
        return null;
    }

    private static Map<String, String> match(String[] template, String[] actual) {
        Map<String, String> params = null;
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.startsWith("{")) {
                if (params == null) {
                    params = new HashMap<>(4);
                }
                params.put(t.substring(1, t.length() - 1), actual[i]);
            } else if (!t.equals(actual[i])) {
                return null;
            }
        }
        return params == null ? Map.of() : params;
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    }
}
