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
import java.util.List;

/**
 * What happens to every request, whatever the HTTP server: an injected fault if one is armed for it, then bearer
 * authentication for {@code /v0}, then the route table. Errors become {@code {"message": ...}}.
 */
final class Dispatcher {

    /** Thrown to make the server drop the connection without answering. */
    static final class DropConnection extends RuntimeException {
        DropConnection() {
            super("connection dropped by an injected fault", null, false, false);
        }
    }

    private static final byte[] MALFORMED =
            "{\"items\": [{\"id\": \"01HPR57X6QR5ZRKEEKBSDBW4RA\", \"name\": ".getBytes(StandardCharsets.UTF_8);

    private final Router router;
    private final FaultInjector faults;
    private final List<String> apiKeys;
    private final boolean remoteControl;
    private final CallMeter meter;

    Dispatcher(Router router, FaultInjector faults, List<String> apiKeys, boolean remoteControl, CallMeter meter) {
        this.router = router;
        this.faults = faults;
        this.apiKeys = List.copyOf(apiKeys);
        this.remoteControl = remoteControl;
        this.meter = meter;
    }

    SimResponse dispatch(SimRequest request) {
        meter.record(request.method(), request.path());
        Fault fault = request.path().startsWith("/_simulator") ? null : faults.take(request.method(), request.path());
        if (fault != null) {
            switch (fault.kind()) {
                case LATENCY -> sleep(fault.latency().toMillis());
                case RESET_BEFORE -> throw new DropConnection();
                case STATUS -> {
                    SimResponse response = SimResponse.error(fault.status(), "injected fault: HTTP " + fault.status());
                    if (fault.retryAfterSeconds() != null) {
                        response.header("Retry-After", Long.toString(fault.retryAfterSeconds()));
                    }
                    return response;
                }
                case MALFORMED_JSON -> {
                    return new SimResponse(200, SimResponse.JSON, MALFORMED);
                }
                default -> {
                    // RESET_AFTER: below, once the call has been processed
                }
            }
        }
        SimResponse response = handle(request);
        if (fault != null && fault.kind() == Fault.Kind.RESET_AFTER) {
            throw new DropConnection();
        }
        return response;
    }

    private SimResponse handle(SimRequest request) {
        try {
            if (request.path().startsWith(V0Api.PREFIX + "/") || request.path().equals(V0Api.PREFIX)) {
                authenticate(request.authorization());
            } else if (request.path().startsWith(ControlApi.PREFIX + "/") && !"GET".equals(request.method())) {
                requireControlAllowed(request);
            }
            SimResponse response = router.route(request);
            return response != null
                    ? response
                    : SimResponse.error(404, "No route for " + request.method() + " " + request.path());
        } catch (ApiError e) {
            return SimResponse.error(e.status(), e.getMessage());
        } catch (IllegalArgumentException e) {
            return SimResponse.error(400, e.getMessage());
        } catch (RuntimeException e) {
            return SimResponse.error(500, "Internal Server Error: " + e);
        }
    }

    /** Control actions change any object and every fault: from the simulator's own host only, unless remoteControl is set. */
    private void requireControlAllowed(SimRequest request) {
        if (!remoteControl
                && request.remoteAddress() != null
                && !request.remoteAddress().isLoopbackAddress()) {
            throw new ApiError(
                    403,
                    "control actions are accepted from the simulator's own host (loopback) only, not from "
                            + request.remoteAddress().getHostAddress()
                            + "; start the simulator with remoteControl(true) or"
                            + " --remote-control to accept them from other machines");
        }
    }

    private void authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new ApiError(401, "Missing Authorization: Bearer <apiKey> header");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || !apiKeys.contains(authorization.substring(7).trim())) {
            throw new ApiError(401, "Invalid API key");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
