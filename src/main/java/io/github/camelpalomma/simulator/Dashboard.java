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

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelpalomma.model.StatusMessage;

/**
 * The dashboard at the simulator's root URL ({@link DashboardPage}) and the control actions behind its buttons: drive a
 * resource to an outcome, resend a webhook, switch the webhook faults. The actions live under {@code /_simulator}, so
 * they are accepted from the simulator's own host only unless the simulator was started with remoteControl.
 */
final class Dashboard {

    private Dashboard() {}

    static void register(Router router, SimulatorState state, Transitions transitions) {
        router.add("GET", "/", request -> SimResponse.html(DashboardPage.render(state)));
        router.add("POST", ControlApi.PREFIX + "/drive/{resource}/{id}", request -> {
            JsonNode body = request.json();
            return SimResponse.json(drive(
                    transitions,
                    request.param("resource"),
                    request.param("id"),
                    text(body, "outcome"),
                    text(body, "statusMessage")));
        });
        router.add("POST", ControlApi.PREFIX + "/deliveries/{webhookId}/resend", request -> {
            if (!state.webhooks.resend(request.param("webhookId"))) {
                throw ApiError.notFound("no webhook " + request.param("webhookId") + " was sent");
            }
            return SimResponse.json(Json.object().put("resent", request.param("webhookId")));
        });
        router.add(
                "GET",
                ControlApi.PREFIX + "/webhookFaults",
                request -> SimResponse.json(faults(state.webhooks.faults)));
        router.add("POST", ControlApi.PREFIX + "/webhookFaults", request -> {
            JsonNode body = request.json();
            WebhookFaults faults = state.webhooks.faults;
            if (body.has("duplicate")) {
                faults.duplicate(body.get("duplicate").asBoolean());
            }
            if (body.has("reorder")) {
                faults.reorder(body.get("reorder").asBoolean());
            }
            return SimResponse.json(faults(faults));
        });
    }

    /** approved, declined (with a statusMessage) or expired, in each resource's own terms. */
    static Object drive(Transitions t, String resource, String id, String outcome, String statusMessage) {
        String result = outcome == null ? "" : outcome.toLowerCase(Locale.ROOT);
        String message = statusMessage == null || statusMessage.isBlank() ? null : statusMessage;
        return switch (resource + ":" + result) {
            case "payinLinks:approved" -> t.approvePayinLink(id);
            case "payinLinks:declined" -> t.declinePayinLink(id, message);
            case "payinLinks:expired" -> t.cancelPayinLink(id, StatusMessage.EXPIRED);
            case "payinSources:approved" -> t.authorizePayinSource(id);
            case "payinSources:declined" -> t.refusePayinSource(id, message);
            case "payinSources:expired" -> t.refusePayinSource(id, StatusMessage.EXPIRED);
            case "payinRequests:approved" -> t.completePayinRequest(id, "approved", null, null);
            case "payinRequests:declined" -> t.completePayinRequest(id, "cancelled", null, message);
            case "payinRequests:expired" -> t.completePayinRequest(id, "cancelled", null, StatusMessage.EXPIRED);
            case "payoutTargets:approved" -> t.activatePayoutTarget(id);
            case "payoutTargets:declined" -> t.refusePayoutTarget(id, message);
            case "payoutTargets:expired" -> t.refusePayoutTarget(id, StatusMessage.EXPIRED);
            case "payoutRequests:approved" -> t.completePayoutRequest(id, "approved", null);
            case "payoutRequests:declined" -> t.completePayoutRequest(id, "cancelled", message);
            case "payoutRequests:expired" -> t.completePayoutRequest(id, "cancelled", StatusMessage.EXPIRED);
            default ->
                throw ApiError.badRequest(
                        "resource must be one of payinLinks, payinSources, payinRequests, payoutTargets,"
                                + " payoutRequests, and outcome one of approved, declined, expired (got " + resource
                                + ", '" + outcome + "')");
        };
    }

    private static ObjectNode faults(WebhookFaults faults) {
        return Json.object().put("duplicate", faults.duplicate()).put("reorder", faults.reorder());
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
