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
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelpalomma.model.PalommaResourceObject;
import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.model.PayinLinkStatus;
import io.github.camelpalomma.model.PayinRequest;
import io.github.camelpalomma.model.PayinRequestStatus;
import io.github.camelpalomma.model.PayinSettlement;
import io.github.camelpalomma.model.PayinSource;
import io.github.camelpalomma.model.PayinSourceStatus;
import io.github.camelpalomma.model.PayoutRequest;
import io.github.camelpalomma.model.PayoutRequestStatus;
import io.github.camelpalomma.model.PayoutTarget;
import io.github.camelpalomma.model.PayoutTargetStatus;
import io.github.camelpalomma.model.StatusMessage;

/**
 * The state machines of the API reference §10. Every status change stores the new object, moves money where a payin or
 * payout ends, and sends the resource's {@code *.update} webhook. A transition the machine does not allow answers 409.
 */
final class Transitions {

    // Palomma's event types, written here rather than taken from the component: see SimulatorConfig's maxima.
    static final String PAYIN_LINK_UPDATE = "payin-link.update";
    static final String PAYIN_SOURCE_UPDATE = "payin-source.update";
    static final String PAYIN_REQUEST_UPDATE = "payin-request.update";
    static final String PAYOUT_TARGET_UPDATE = "payout-target.update";
    static final String PAYOUT_REQUEST_UPDATE = "payout-request.update";
    static final String PAYIN_SETTLEMENT_UPDATE = "payin-settlement.update";

    private final SimulatorState state;

    Transitions(SimulatorState state) {
        this.state = state;
    }

    // ---- payin links: pending -> processing -> approved | cancelled; pending -> cancelled (expiry, customer)

    PayinLink processPayinLink(String id) {
        return move(state.payinLinks, PAYIN_LINK_UPDATE, id, PayinLinkStatus.PROCESSING, null, PayinLinkStatus.PENDING);
    }

    PayinLink approvePayinLink(String id) {
        synchronized (state) {
            PayinLink link = toProcessing(id);
            PayinLink approved = saveLink(link, PayinLinkStatus.APPROVED, null, link.amount());
            state.ledger.creditPayin(approved.targetMerchantAccountId(), approved.amount(), approved.fee());
            return approved;
        }
    }

    PayinLink declinePayinLink(String id, String statusMessage) {
        String code = code(statusMessage, StatusMessage.DECLINED_BY_BANK);
        synchronized (state) {
            return saveLink(toProcessing(id), PayinLinkStatus.CANCELLED, code, 0);
        }
    }

    /** pending -> cancelled without a payment attempt (the customer gave up, or the link expired). */
    PayinLink cancelPayinLink(String id, String statusMessage) {
        String code = code(statusMessage, StatusMessage.CUSTOMER_CANCELLATION);
        return move(state.payinLinks, PAYIN_LINK_UPDATE, id, PayinLinkStatus.CANCELLED, code, PayinLinkStatus.PENDING);
    }

    /** Cancels with EXPIRED every pending link whose expiration (Colombia time) has passed; answers how many. */
    int expireDueLinks() {
        synchronized (state) {
            // the expiration format sorts like the time it names, so no parsing is needed in this scan
            String now = state.colombiaNow().format(Creations.EXPIRATION);
            int expired = 0;
            for (PayinLink link : state.payinLinks.all()) {
                if (PayinLinkStatus.PENDING.equals(link.status())
                        && link.expiration().compareTo(now) < 0) {
                    saveLink(link, PayinLinkStatus.CANCELLED, StatusMessage.EXPIRED, 0);
                    expired++;
                }
            }
            return expired;
        }
    }

    private PayinLink toProcessing(String id) {
        PayinLink link = state.payinLinks.get(id);
        if (PayinLinkStatus.PENDING.equals(link.status())) {
            return saveLink(link, PayinLinkStatus.PROCESSING, null, 0);
        }
        require("Payin Link", id, link.status(), PayinLinkStatus.PROCESSING);
        return link;
    }

    private PayinLink saveLink(PayinLink link, String status, String message, long collected) {
        ObjectNode changes = Json.object().put("amountCollected", collected);
        return save(state.payinLinks, PAYIN_LINK_UPDATE, link, status, message, changes);
    }

    // ---- payin sources: pending -> processing -> active; pending | processing -> cancelled

    PayinSource authorizePayinSource(String id) {
        synchronized (state) {
            PayinSource source = state.payinSources.get(id);
            if (PayinSourceStatus.PENDING.equals(source.status())) {
                source = saveSource(source, PayinSourceStatus.PROCESSING);
            }
            require("Payin Source", id, source.status(), PayinSourceStatus.PROCESSING);
            return saveSource(source, PayinSourceStatus.ACTIVE);
        }
    }

    PayinSource refusePayinSource(String id, String statusMessage) {
        return refuse(
                state.payinSources,
                PAYIN_SOURCE_UPDATE,
                id,
                statusMessage,
                PayinSourceStatus.PENDING,
                PayinSourceStatus.PROCESSING);
    }

    private PayinSource saveSource(PayinSource source, String status) {
        return save(state.payinSources, PAYIN_SOURCE_UPDATE, source, status, null, Json.object());
    }

    // ---- payout targets: pending -> active | cancelled

    PayoutTarget activatePayoutTarget(String id) {
        return move(
                state.payoutTargets,
                PAYOUT_TARGET_UPDATE,
                id,
                PayoutTargetStatus.ACTIVE,
                null,
                PayoutTargetStatus.PENDING);
    }

    PayoutTarget refusePayoutTarget(String id, String statusMessage) {
        return refuse(state.payoutTargets, PAYOUT_TARGET_UPDATE, id, statusMessage, PayoutTargetStatus.PENDING);
    }

    /** The customer refused a payin source or payout target: cancelled, AUTHENTICATION_FAILED unless told otherwise. */
    private <T extends PalommaResourceObject> T refuse(
            ResourceStore<T> store, String event, String id, String statusMessage, String... from) {
        String code = code(statusMessage, StatusMessage.AUTHENTICATION_FAILED);
        // payin sources and payout targets share the status name
        return move(store, event, id, PayinSourceStatus.CANCELLED, code, from);
    }

    // ---- payin requests: processing -> approved | partial | cancelled

    /**
     * @param outcome approved, partial or cancelled
     * @param amountCollected for partial: what was taken (default half the amount); ignored otherwise
     */
    PayinRequest completePayinRequest(String id, String outcome, Long amountCollected, String statusMessage) {
        synchronized (state) {
            PayinRequest r = state.payinRequests.get(id);
            require("Payin Request", id, r.status(), PayinRequestStatus.PROCESSING);
            long collected;
            String message = null;
            switch (outcome == null ? "" : outcome) {
                case PayinRequestStatus.APPROVED -> collected = r.amount();
                case PayinRequestStatus.PARTIAL -> {
                    if (!Boolean.TRUE.equals(r.payinSourceDetails().partialPayinsEnabled())) {
                        throw new ApiError(
                                409,
                                "Payin Request " + id
                                        + " cannot end partial: its source has partialPayinsEnabled=false");
                    }
                    collected = amountCollected == null ? r.amount() / 2 : amountCollected;
                    if (collected <= 0 || collected >= r.amount()) {
                        throw ApiError.badRequest(
                                "amountCollected must be above 0 and below " + r.amount() + " (got " + collected + ")");
                    }
                }
                case PayinRequestStatus.CANCELLED -> {
                    collected = 0;
                    message = code(statusMessage, StatusMessage.NOT_ENOUGH_FUNDS);
                }
                default ->
                    throw ApiError.badRequest(
                            "outcome must be one of approved, partial, cancelled (got '" + outcome + "')");
            }
            state.ledger.creditPayin(r.targetMerchantAccountId(), collected, r.fee());
            ObjectNode changes = Json.object().put("amountCollected", collected);
            return save(state.payinRequests, PAYIN_REQUEST_UPDATE, r, outcome, message, changes);
        }
    }

    // ---- payout requests: processing -> approved | cancelled (amountSent 0, money back to the account)

    PayoutRequest completePayoutRequest(String id, String outcome, String statusMessage) {
        synchronized (state) {
            PayoutRequest r = state.payoutRequests.get(id);
            require("Payout Request", id, r.status(), PayoutRequestStatus.PROCESSING);
            long sent;
            String message = null;
            if (PayoutRequestStatus.APPROVED.equals(outcome)) {
                sent = r.amountSent();
            } else if (PayoutRequestStatus.CANCELLED.equals(outcome)) {
                sent = 0;
                message = code(statusMessage, StatusMessage.DECLINED_BY_BANK);
                state.ledger.refundPayout(r.sourceMerchantAccountId(), r.amount() + r.fee());
            } else {
                throw ApiError.badRequest("outcome must be one of approved, cancelled (got '" + outcome + "')");
            }
            ObjectNode changes = Json.object().put("amountSent", sent);
            return save(state.payoutRequests, PAYOUT_REQUEST_UPDATE, r, outcome, message, changes);
        }
    }

    // ---- settlements

    /** Settles one account, or every account when {@code merchantAccountId} is null; answers the settlements created. */
    List<PayinSettlement> runSettlementCycle(String merchantAccountId) {
        synchronized (state) {
            List<String> accounts = new ArrayList<>();
            if (merchantAccountId == null) {
                state.ledger.accountIds().forEach(accounts::add);
            } else if (state.ledger.exists(merchantAccountId)) {
                accounts.add(merchantAccountId);
            } else {
                throw ApiError.notFound("Merchant Account not found");
            }
            List<PayinSettlement> created = new ArrayList<>();
            for (String account : accounts) {
                String now = state.timestamp();
                PayinSettlement settlement = state.ledger.settle(account, state.ids.next(), state.colombiaNow(), now);
                if (settlement != null) {
                    created.add(settlement);
                    state.changed(PAYIN_SETTLEMENT_UPDATE, settlement);
                }
            }
            return created;
        }
    }

    /**
     * Stores the object with the given fields, its status and statusMessage changed and updatedAt set to now, then
     * announces it (webhook and listener); answers the stored object.
     */
    /** One step of a state machine: the object must be in one of {@code from} (409 otherwise) and moves to {@code to}. */
    private <T extends PalommaResourceObject> T move(
            ResourceStore<T> store, String event, String id, String to, String message, String... from) {
        synchronized (state) {
            T object = store.get(id);
            require(store.label(), id, object.status(), from);
            return save(store, event, object, to, message, Json.object());
        }
    }

    private <T extends PalommaResourceObject> T save(
            ResourceStore<T> store, String event, T object, String status, String message, ObjectNode changes) {
        changes.put("status", status).put("statusMessage", message).put("updatedAt", state.timestamp());
        T changed = Json.withFields(object, changes);
        store.put(changed);
        state.changed(event, changed);
        return changed;
    }

    private static void require(String label, String id, String actual, String... allowed) {
        for (String status : allowed) {
            if (status.equals(actual)) {
                return;
            }
        }
        throw new ApiError(
                409, label + " " + id + " is " + actual + "; this step needs it " + String.join(" or ", allowed));
    }

    private static String code(String statusMessage, String otherwise) {
        if (statusMessage == null || statusMessage.isBlank()) {
            return otherwise;
        }
        if (StatusMessage.of(statusMessage).isEmpty()) {
            throw ApiError.badRequest("statusMessage must be one of " + String.join(", ", StatusMessage.codes())
                    + " (got '" + statusMessage + "')");
        }
        return statusMessage;
    }
}
