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

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelpalomma.model.PalommaResourceObject;
import io.github.camelpalomma.model.StatusMessage;

import static io.github.camelpalomma.simulator.HostedPages.escape;

/**
 * The dashboard's HTML, rendered on each request from the simulator's state: every resource with its status and amount,
 * every webhook delivery attempt, the webhook fault switches. Its buttons call the control API with a few lines of
 * plain JavaScript, then reload. Element ids for browser tests: {@code resource-<id>}, {@code status-<id>},
 * {@code approved-<id>}, {@code declined-<id>}, {@code expired-<id>}, {@code statusMessage-<id>},
 * {@code delivery-<webhookId>-<attempt>}, {@code resend-<webhookId>}, {@code fault-duplicate}, {@code fault-reorder}.
 */
final class DashboardPage {

    private static final String STYLE =
            "body{font-family:sans-serif;margin:1.5em;color:#222}table{border-collapse:collapse;"
                    + "margin-bottom:1.5em;font-size:.9em}th,td{border-bottom:1px solid #ddd;padding:.3em .6em;text-align:left}"
                    + "td.amount{text-align:right;font-variant-numeric:tabular-nums}.delivered{color:#17702c}.refused{color:#b35c00}"
                    + ".failed{color:#b00020}code{font-size:.85em}h2{margin-top:1.2em}";

    private static final String SCRIPT =
            """
            async function control(path, body) {
              const answer = await fetch(path, {method: 'POST', headers: {'Content-Type': 'application/json'},
                                                body: JSON.stringify(body || {})});
              if (!answer.ok) { alert((await answer.json()).message); }
              location.reload();
            }
            function drive(resource, id, outcome) {
              const select = document.getElementById('statusMessage-' + id);
              control('/_simulator/drive/' + resource + '/' + id,
                      {outcome: outcome, statusMessage: outcome === 'declined' && select ? select.value : null});
            }
            function resend(webhookId) { control('/_simulator/deliveries/' + webhookId + '/resend'); }
            function fault(name, on) { control('/_simulator/webhookFaults', {[name]: on}); }
            """;

    private DashboardPage() {}

    static String render(SimulatorState state) {
        StringBuilder html = new StringBuilder(8192);
        html.append(
                        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Palomma simulator</title><style>")
                .append(STYLE)
                .append("</style><script>")
                .append(SCRIPT)
                .append("</script></head><body>")
                .append("<h1>Palomma simulator</h1><p>API: <code>")
                .append(escape(state.origin))
                .append(V0Api.PREFIX)
                .append("</code> &middot; <a href=\"/\" id=\"refresh\">Refresh</a></p><p>Available balance:");
        for (var account : state.ledger.accountViews.all()) {
            html.append(" <code>")
                    .append(escape(account.id()))
                    .append("</code> ")
                    .append(Pesos.format(account.availableBalance()));
        }
        html.append("</p>");
        faults(html, state.webhooks.faults);
        html.append(
                        "<h2>Resources</h2><table id=\"resources\"><tr><th>Resource</th><th>Id</th><th>Reference</th><th>Status</th>")
                .append("<th>Amount</th><th>Actions</th></tr>");
        rows(html, "customers", state.customers.all());
        rows(html, "payinLinks", state.payinLinks.all());
        rows(html, "payinSources", state.payinSources.all());
        rows(html, "payinRequests", state.payinRequests.all());
        rows(html, "payoutTargets", state.payoutTargets.all());
        rows(html, "payoutRequests", state.payoutRequests.all());
        html.append("</table>");
        deliveries(html, state.webhooks.deliveries());
        return html.append("</body></html>").toString();
    }

    private static void faults(StringBuilder html, WebhookFaults faults) {
        html.append("<h2>Webhook faults</h2><p>")
                .append(checkbox("duplicate", faults.duplicate(), "deliver every webhook twice"))
                .append(checkbox(
                        "reorder", faults.reorder(), "hold each delivery back up to 2 s, so they arrive out of order"))
                .append("</p>");
    }

    private static String checkbox(String name, boolean on, String label) {
        return "<label><input type=\"checkbox\" id=\"fault-" + name + "\"" + (on ? " checked" : "")
                + " onchange=\"fault('" + name + "', this.checked)\"> " + label + "</label><br>";
    }

    /** One row per object, its reference, amount and statusMessage read from the JSON fields Palomma gives it. */
    private static void rows(StringBuilder html, String resource, Iterable<? extends PalommaResourceObject> items) {
        for (PalommaResourceObject item : items) {
            JsonNode fields = Json.tree(item);
            JsonNode amount = fields.path("amount");
            row(
                    html,
                    resource,
                    item,
                    fields.path("reference").asText(""),
                    amount.isNumber() ? Pesos.format(amount.longValue()) : "",
                    item.status(),
                    fields.path("statusMessage").asText(null));
        }
    }

    private static void row(
            StringBuilder html,
            String resource,
            PalommaResourceObject item,
            String reference,
            String amount,
            String status,
            String statusMessage) {
        String id = escape(item.id());
        html.append("<tr id=\"resource-")
                .append(id)
                .append("\"><td>")
                .append(resource)
                .append("</td><td><code>")
                .append(id)
                .append("</code></td><td>")
                .append(escape(reference))
                .append("</td><td id=\"status-")
                .append(id)
                .append("\">")
                .append(escape(status))
                .append(statusMessage == null ? "" : " (" + escape(statusMessage) + ")")
                .append("</td><td class=\"amount\">")
                .append(amount)
                .append("</td><td>");
        if (status != null && !isFinal(status)) {
            actions(html, resource, id);
        }
        html.append("</td></tr>");
    }

    private static boolean isFinal(String status) {
        return List.of("approved", "partial", "cancelled", "active").contains(status);
    }

    private static void actions(StringBuilder html, String resource, String id) {
        html.append(button(resource, id, "approved", "Approve"))
                .append(" <select id=\"statusMessage-")
                .append(id)
                .append("\">");
        for (String code : StatusMessage.codes()) {
            html.append("<option>").append(code).append("</option>");
        }
        html.append("</select>")
                .append(button(resource, id, "declined", "Decline"))
                .append(' ')
                .append(button(resource, id, "expired", "Expire"));
    }

    private static String button(String resource, String id, String outcome, String label) {
        return "<button id=\"" + outcome + "-" + id + "\" onclick=\"drive('" + resource + "', '" + id + "', '" + outcome
                + "')\">" + label + "</button>";
    }

    private static void deliveries(StringBuilder html, List<WebhookDelivery> deliveries) {
        html.append(
                        "<h2>Webhook deliveries</h2><table id=\"deliveries\"><tr><th>When</th><th>Webhook</th><th>Event</th>")
                .append(
                        "<th>Resource</th><th>To</th><th>Attempt</th><th>Answer</th><th>Latency</th><th>Outcome</th><th></th></tr>");
        Set<String> listed = new HashSet<>();
        for (int i = deliveries.size() - 1; i >= 0; i--) {
            WebhookDelivery d = deliveries.get(i);
            boolean newest = listed.add(d.webhookId());
            String webhookId = escape(d.webhookId());
            String outcome = d.succeeded() ? "delivered" : d.refused() ? "refused" : "failed";
            html.append("<tr id=\"delivery-")
                    .append(webhookId)
                    .append('-')
                    .append(d.attempt())
                    .append("\"><td>")
                    .append(escape(d.attemptedAt()))
                    .append("</td><td><code>")
                    .append(webhookId)
                    .append("</code></td><td>")
                    .append(escape(d.eventType()))
                    .append("</td><td><code>")
                    .append(escape(d.resourceId()))
                    .append("</code></td><td>")
                    .append(escape(d.url()))
                    .append("</td><td>")
                    .append(d.attempt())
                    .append("</td><td class=\"answer\">")
                    .append(d.statusCode() == null ? escape(d.error()) : d.statusCode())
                    .append("</td><td class=\"amount\">")
                    .append(d.latencyMillis())
                    .append(" ms</td><td class=\"")
                    .append(outcome)
                    .append("\">")
                    .append(outcome)
                    .append("</td><td>");
            if (newest) {
                html.append("<button id=\"resend-")
                        .append(webhookId)
                        .append("\" onclick=\"resend('")
                        .append(webhookId)
                        .append("')\">Resend</button>");
            }
            html.append("</td></tr>");
        }
        html.append("</table>");
    }
}
