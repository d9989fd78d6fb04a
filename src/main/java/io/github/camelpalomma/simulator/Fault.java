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

import java.time.Duration;

/**
 * A fault the simulator injects into the next {@code times} calls whose path matches ({@code /v0/payinLinks} exactly, or
 * every path under a prefix written with a trailing {@code *}, e.g. {@code /v0/*}) and whose method matches (null = any).
 *
 * @param kind             what goes wrong
 * @param status           the HTTP status for {@link Kind#STATUS} (429, 500, 503, ...)
 * @param retryAfterSeconds the Retry-After header sent with a 429 or 503; null = none
 * @param latency          the delay for {@link Kind#LATENCY}; the call then proceeds normally
 */
public record Fault(
        String path, String method, int times, Kind kind, int status, Long retryAfterSeconds, Duration latency) {

    public enum Kind {
        /** Answer this status with {@code {"message": ...}} without touching state. */
        STATUS,
        /** Wait, then process normally. */
        LATENCY,
        /** Close the connection without an answer before processing: nothing changes. */
        RESET_BEFORE,
        /** Process (a create is committed), then close the connection without an answer. */
        RESET_AFTER,
        /** Answer 200 with a body that is not valid JSON, without touching state. */
        MALFORMED_JSON
    }

    public Fault {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("a fault needs a path (exact, or a prefix ending in *)");
        }
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1 (got " + times + ")");
        }
        if (kind == null) {
            throw new IllegalArgumentException("a fault needs a kind");
        }
        if (kind == Kind.STATUS && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("status must be from 400 to 599 (got " + status + ")");
        }
        if (kind == Kind.LATENCY && (latency == null || latency.isNegative())) {
            throw new IllegalArgumentException("a latency fault needs a non-negative latency");
        }
        method = method == null ? null : method.toUpperCase(java.util.Locale.ROOT);
    }

    public static Fault status(String path, int status, int times) {
        return new Fault(path, null, times, Kind.STATUS, status, null, null);
    }

    public static Fault tooManyRequests(String path, long retryAfterSeconds, int times) {
        return new Fault(path, null, times, Kind.STATUS, 429, retryAfterSeconds, null);
    }

    public static Fault latency(String path, Duration latency, int times) {
        return new Fault(path, null, times, Kind.LATENCY, 0, null, latency);
    }

    public static Fault resetBefore(String path, int times) {
        return new Fault(path, null, times, Kind.RESET_BEFORE, 0, null, null);
    }

    public static Fault resetAfter(String path, int times) {
        return new Fault(path, null, times, Kind.RESET_AFTER, 0, null, null);
    }

    public static Fault malformedJson(String path, int times) {
        return new Fault(path, null, times, Kind.MALFORMED_JSON, 0, null, null);
    }

    /** The same fault, only for calls with this HTTP method. */
    public Fault onMethod(String httpMethod) {
        return new Fault(path, httpMethod, times, kind, status, retryAfterSeconds, latency);
    }

    boolean matches(String requestMethod, String requestPath) {
        if (method != null && !method.equals(requestMethod)) {
            return false;
        }
        return path.endsWith("*")
                ? requestPath.startsWith(path.substring(0, path.length() - 1))
                : path.equals(requestPath);
    }
}
