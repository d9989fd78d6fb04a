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
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The test-driving API under {@code /_simulator} (never clashes with {@code /v0}); no bearer key. Every route is listed
 * in docs/simulator.md. Bodies are JSON; answers are the changed object, or a small JSON summary.
 */
final class ControlApi {

    static final String PREFIX = "/_simulator";

    private ControlApi() {}

    static void register(
            Router router, SimulatorState state, Transitions t, FaultInjector faults, AutoPilot autoPilot) {
        String p = PREFIX;
        action(router, "/payinLinks/{id}/process", t::processPayinLink);
        action(router, "/payinLinks/{id}/approve", t::approvePayinLink);
        refusal(router, "/payinLinks/{id}/decline", t::declinePayinLink);
        refusal(router, "/payinLinks/{id}/cancel", t::cancelPayinLink);
        action(router, "/payinSources/{id}/authorize", t::authorizePayinSource);
        refusal(router, "/payinSources/{id}/refuse", t::refusePayinSource);
        action(router, "/payoutTargets/{id}/activate", t::activatePayoutTarget);
        refusal(router, "/payoutTargets/{id}/refuse", t::refusePayoutTarget);
        router.add("POST", p + "/payinRequests/{id}/complete", r -> {
            JsonNode body = r.json();
            JsonNode collected = body.get("amountCollected");
            return SimResponse.json(t.completePayinRequest(
                    r.param("id"),
                    text(body, "outcome"),
                    collected == null || collected.isNull() ? null : collected.longValue(),
                    text(body, "statusMessage")));
        });
        router.add("POST", p + "/payoutRequests/{id}/complete", r -> {
            JsonNode body = r.json();
            return SimResponse.json(
                    t.completePayoutRequest(r.param("id"), text(body, "outcome"), text(body, "statusMessage")));
        });
        router.add(
                "POST",
                p + "/settlements/run",
                r -> SimResponse.json(Json.page(t.runSettlementCycle(text(r.json(), "merchantAccountId")), null)));
        router.add(
                "POST",
                p + "/payinLinks/expire",
                r -> SimResponse.json(Json.object().put("expired", t.expireDueLinks())));
        router.add("GET", p + "/clock", r -> SimResponse.json(clock(state)));
        router.add("POST", p + "/clock/advance", r -> {
            JsonNode seconds = r.json().get("seconds");
            if (seconds == null || !seconds.canConvertToLong() || seconds.longValue() < 0) {
                throw ApiError.badRequest("seconds must be a non-negative whole number");
            }
            state.clock.advance(Duration.ofSeconds(seconds.longValue()));
            t.expireDueLinks();
            return SimResponse.json(clock(state));
        });
        router.add("GET", p + "/deliveries", r -> SimResponse.json(Json.page(state.webhooks.deliveries(), null)));
        router.add("DELETE", p + "/deliveries", r -> {
            state.webhooks.clearDeliveries();
            return SimResponse.json(Json.object().put("cleared", true));
        });
        router.add("GET", p + "/webhookUrls", r -> SimResponse.json(Map.of("urls", state.webhooks.urls)));
        router.add("POST", p + "/webhookUrls", r -> {
            state.webhooks.urls.add(required(r.json(), "url"));
            return SimResponse.json(Map.of("urls", state.webhooks.urls));
        });
        router.add("DELETE", p + "/webhookUrls", r -> {
            String url = r.query().get("url");
            if (url == null) {
                state.webhooks.urls.clear();
            } else {
                state.webhooks.urls.remove(url);
            }
            return SimResponse.json(Map.of("urls", state.webhooks.urls));
        });
        router.add("GET", p + "/faults", r -> faultsAnswer(faults));
        router.add("POST", p + "/faults", r -> {
            faults.add(fault(r.json()));
            return faultsAnswer(faults);
        });
        router.add("DELETE", p + "/faults", r -> {
            faults.clear();
            return faultsAnswer(faults);
        });
        router.add("GET", p + "/autoComplete", r -> SimResponse.json(autoComplete(autoPilot)));
        router.add("POST", p + "/autoComplete", r -> {
            JsonNode body = r.json();
            boolean enabled = body.path("enabled").asBoolean(true);
            autoPilot.setDelay(
                    enabled ? Duration.ofMillis(body.path("delayMillis").asLong(1000)) : null);
            return SimResponse.json(autoComplete(autoPilot));
        });
        router.add("POST", p + "/reset", r -> {
            state.reset();
            faults.clear();
            return SimResponse.json(Json.object().put("reset", true));
        });
    }

    private static Fault fault(JsonNode body) {
        String kindText = required(body, "kind");
        Fault.Kind kind;
        try {
            kind = Fault.Kind.valueOf(
                    kindText.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(
                    "kind must be one of status, latency, reset_before, reset_after, malformed_json (got '" + kindText
                            + "')");
        }
        JsonNode retryAfter = body.get("retryAfterSeconds");
        JsonNode latency = body.get("latencyMillis");
        return new Fault(
                required(body, "path"),
                text(body, "method"),
                body.path("times").asInt(1),
                kind,
                body.path("status").asInt(0),
                retryAfter == null || retryAfter.isNull() ? null : retryAfter.asLong(),
                latency == null || latency.isNull() ? null : Duration.ofMillis(latency.asLong()));
    }

    private static SimResponse faultsAnswer(FaultInjector faults) {
        ObjectNode answer = Json.object();
        var array = answer.putArray("faults");
        for (Fault f : faults.pending()) {
            ObjectNode node = array.addObject()
                    .put("path", f.path())
                    .put("method", f.method())
                    .put("times", f.times())
                    .put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (f.kind() == Fault.Kind.STATUS) {
                node.put("status", f.status());
            }
            if (f.retryAfterSeconds() != null) {
                node.put("retryAfterSeconds", f.retryAfterSeconds());
            }
            if (f.latency() != null) {
                node.put("latencyMillis", f.latency().toMillis());
            }
        }
        return SimResponse.json(answer);
    }

    private static ObjectNode clock(SimulatorState state) {
        return Json.object()
                .put("now", state.now().toString())
                .put("offsetSeconds", state.clock.offset().toSeconds());
    }

    private static ObjectNode autoComplete(AutoPilot autoPilot) {
        Duration delay = autoPilot.delay();
        ObjectNode node = Json.object().put("enabled", delay != null);
        if (delay != null) {
            node.put("delayMillis", delay.toMillis());
        }
        return node;
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String required(JsonNode body, String field) {
        String value = text(body, field);
        if (value == null || value.isEmpty()) {
            throw ApiError.badRequest(field + " is required");
        }
        return value;
    }

    /** A control action on one resource that takes nothing but its id. */
    private static void action(Router router, String path, Function<String, Object> action) {
        router.add("POST", PREFIX + path, r -> SimResponse.json(action.apply(r.param("id"))));
    }

    /** A control action that ends a resource with the statusMessage given in the body (or the default one). */
    private static void refusal(Router router, String path, BiFunction<String, String, Object> action) {
        router.add(
                "POST",
                PREFIX + path,
                r -> SimResponse.json(action.apply(r.param("id"), text(r.json(), "statusMessage"))));
    }
}
