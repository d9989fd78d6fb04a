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

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.model.PayinLinkStatus;
import io.github.camelpalomma.model.PayinSource;
import io.github.camelpalomma.model.PayinSourceStatus;
import io.github.camelpalomma.model.PayoutTarget;
import io.github.camelpalomma.model.PayoutTargetStatus;
import io.github.camelpalomma.model.StatusMessage;

/**
 * The pages behind paymentUrl and authUrl, where a person plays the customer: pay (pick a method, approve) or decline a
 * link with a chosen statusMessage; authorise or refuse a payin source or payout target. Each choice ends in a 303 to the
 * object's redirectUrl. No bearer key: these are the customer's pages.
 */
final class HostedPages {

    static final String LINK_PAGE = "/hosted/payinLinks/";
    static final String SOURCE_PAGE = "/hosted/payinSources/";
    static final String TARGET_PAGE = "/hosted/payoutTargets/";

    private HostedPages() {}

    static void register(Router router, SimulatorState state, Transitions transitions) {
        router.add("GET", LINK_PAGE + "{id}", request -> linkPage(state.payinLinks.get(request.param("id")), state));
        router.add("POST", LINK_PAGE + "{id}", request -> {
            Map<String, String> form = request.form();
            String id = request.param("id");
            PayinLink link =
                    switch (form.getOrDefault("action", "")) {
                        case "approve" -> transitions.approvePayinLink(id);
                        case "decline" -> transitions.declinePayinLink(id, form.get("statusMessage"));
                        case "cancel" -> transitions.cancelPayinLink(id, StatusMessage.CUSTOMER_CANCELLATION);
                        default -> throw ApiError.badRequest("action must be one of approve, decline, cancel");
                    };
            return SimResponse.redirect(link.redirectUrl());
        });
        authPages(
                router,
                SOURCE_PAGE,
                "Authorize debits",
                state.payinSources::get,
                transitions::authorizePayinSource,
                transitions::refusePayinSource,
                HostedPages::sourceConsent);
        authPages(
                router,
                TARGET_PAGE,
                "Verify payout account",
                state.payoutTargets::get,
                transitions::activatePayoutTarget,
                transitions::refusePayoutTarget,
                HostedPages::targetConsent);
        router.add(
                "GET",
                "/_simulator/return",
                request -> SimResponse.html(
                        page("Back at the merchant", "<p id=\"returned\">You are back at the merchant's site.</p>")));
    }

    /** What an authorisation page shows of a payin source or payout target. */
    private record Consent(String id, String what, String status, boolean open, String redirectUrl) {}

    /**
     * The customer's page of a payin source or payout target (GET) and the choice made on it (POST): authorise, or
     * refuse with a statusMessage; both end at the object's redirectUrl.
     */
    private static <T> void authPages(
            Router router,
            String page,
            String title,
            Function<String, T> find,
            Function<String, T> authorize,
            BiFunction<String, String, T> refuse,
            Function<T, Consent> consent) {
        router.add(
                "GET", page + "{id}", request -> authPage(title, page, consent.apply(find.apply(request.param("id")))));
        router.add("POST", page + "{id}", request -> {
            Map<String, String> form = request.form();
            String id = request.param("id");
            T chosen = "authorize".equals(form.get("action"))
                    ? authorize.apply(id)
                    : refuse.apply(id, form.get("statusMessage"));
            return SimResponse.redirect(consent.apply(chosen).redirectUrl());
        });
    }

    private static Consent sourceConsent(PayinSource source) {
        String status = source.status();
        return new Consent(
                source.id(),
                "Payin source " + source.id() + " (" + source.type() + ") for "
                        + source.customerDetails().name(),
                status,
                PayinSourceStatus.PENDING.equals(status) || PayinSourceStatus.PROCESSING.equals(status),
                source.redirectUrl());
    }

    private static Consent targetConsent(PayoutTarget target) {
        return new Consent(
                target.id(),
                "Payout target " + target.id() + " for "
                        + target.customerDetails().name(),
                target.status(),
                PayoutTargetStatus.PENDING.equals(target.status()),
                target.redirectUrl());
    }

    private static SimResponse linkPage(PayinLink link, SimulatorState state) {
        StringBuilder body = new StringBuilder();
        body.append("<p>")
                .append(escape(link.description() == null ? "Payment" : link.description()))
                .append(" for ")
                .append(escape(link.customerDetails().name()))
                .append("</p>");
        body.append("<p>Amount: <b id=\"amount\">")
                .append(Pesos.format(link.amount()))
                .append("</b> (Colombian pesos)</p>");
        body.append("<p>Status: <span id=\"status\">").append(link.status()).append("</span></p>");
        if (PayinLinkStatus.PENDING.equals(link.status()) || PayinLinkStatus.PROCESSING.equals(link.status())) {
            @SuppressWarnings("unchecked")
            List<String> methods = (List<String>) state.payinLinks.attachment(link.id());
            body.append("<form method=\"post\" id=\"pay\"><fieldset><legend>Payment method</legend>");
            boolean first = true;
            for (String method : methods == null ? List.of(link.type()) : methods) {
                body.append("<label><input type=\"radio\" name=\"method\" id=\"method-")
                        .append(method)
                        .append("\" value=\"")
                        .append(method)
                        .append('"')
                        .append(first ? " checked" : "")
                        .append("> ")
                        .append(method)
                        .append("</label> ");
                first = false;
            }
            body.append(
                            "</fieldset><button type=\"submit\" name=\"action\" value=\"approve\" id=\"approve\">Pay and approve</button>")
                    .append("</form>");
            body.append(declineForm("decline", "Decline"));
            body.append("<form method=\"post\"><button type=\"submit\" name=\"action\" value=\"cancel\" id=\"cancel\">")
                    .append("Cancel payment</button></form>");
        } else {
            body.append("<p><a id=\"back\" href=\"")
                    .append(escape(link.redirectUrl()))
                    .append("\">Back to the merchant</a></p>");
        }
        return SimResponse.html(page("Palomma checkout (simulator)", body.toString()));
    }

    private static SimResponse authPage(String title, String page, Consent consent) {
        StringBuilder body = new StringBuilder();
        body.append("<p>").append(escape(consent.what())).append("</p>");
        body.append("<p>Status: <span id=\"status\">").append(consent.status()).append("</span></p>");
        if (consent.open()) {
            body.append("<form method=\"post\" action=\"")
                    .append(page)
                    .append(consent.id())
                    .append("\">")
                    .append(
                            "<button type=\"submit\" name=\"action\" value=\"authorize\" id=\"authorize\">Authorize</button></form>");
            body.append(declineForm("refuse", "Refuse"));
        } else {
            body.append("<p><a id=\"back\" href=\"")
                    .append(escape(consent.redirectUrl()))
                    .append("\">Back to the merchant</a></p>");
        }
        return SimResponse.html(page(title + " (simulator)", body.toString()));
    }

    private static String declineForm(String action, String label) {
        StringBuilder form =
                new StringBuilder("<form method=\"post\"><select name=\"statusMessage\" id=\"statusMessage\">");
        for (String code : StatusMessage.codes()) {
            form.append("<option value=\"")
                    .append(code)
                    .append("\">")
                    .append(code)
                    .append("</option>");
        }
        return form.append("</select> <button type=\"submit\" name=\"action\" value=\"")
                .append(action)
                .append("\" id=\"")
                .append(action)
                .append("\">")
                .append(label)
                .append("</button></form>")
                .toString();
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><style>body{font-family:sans-serif;max-width:40em;margin:2em auto}form{margin:1em 0}</style></head><body><h1>"
                + escape(title) + "</h1>" + body + "</body></html>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
