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
        synchronized (state) {
            PayinLink link = state.payinLinks.get(id);
            require("Payin Link", id, link.status(), PayinLinkStatus.PENDING);
            return saveLink(link, PayinLinkStatus.PROCESSING, null, 0);
        }
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
        synchronized (state) {
            PayinLink link = state.payinLinks.get(id);
            require("Payin Link", id, link.status(), PayinLinkStatus.PENDING);
            return saveLink(link, PayinLinkStatus.CANCELLED, code, 0);
        }
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

    private PayinLink saveLink(PayinLink l, String status, String message, long collected) {
        PayinLink changed = new PayinLink(
                l.id(),
                l.reference(),
                l.description(),
                l.customerId(),
                l.customerDetails(),
                status,
                message,
                l.paymentUrl(),
                l.redirectUrl(),
                l.amount(),
                collected,
                l.fee(),
                l.type(),
                l.expiration(),
                l.targetMerchantAccountId(),
                l.createdAt(),
                state.timestamp());
        state.payinLinks.put(changed);
        state.changed(PAYIN_LINK_UPDATE, changed);
        return changed;
    }

    // ---- payin sources: pending -> processing -> active; pending | processing -> cancelled

    PayinSource authorizePayinSource(String id) {
        synchronized (state) {
            PayinSource source = state.payinSources.get(id);
            if (PayinSourceStatus.PENDING.equals(source.status())) {
                source = saveSource(source, PayinSourceStatus.PROCESSING, null);
            }
            require("Payin Source", id, source.status(), PayinSourceStatus.PROCESSING);
            return saveSource(source, PayinSourceStatus.ACTIVE, null);
        }
    }

    PayinSource refusePayinSource(String id, String statusMessage) {
        String code = code(statusMessage, StatusMessage.AUTHENTICATION_FAILED);
        synchronized (state) {
            PayinSource source = state.payinSources.get(id);
            require("Payin Source", id, source.status(), PayinSourceStatus.PENDING, PayinSourceStatus.PROCESSING);
            return saveSource(source, PayinSourceStatus.CANCELLED, code);
        }
    }

    private PayinSource saveSource(PayinSource s, String status, String message) {
        PayinSource changed = new PayinSource(
                s.id(),
                s.reference(),
                s.description(),
                s.customerId(),
                s.customerDetails(),
                status,
                message,
                s.authUrl(),
                s.redirectUrl(),
                s.partialPayinsEnabled(),
                s.type(),
                s.createdAt(),
                state.timestamp());
        state.payinSources.put(changed);
        state.changed(PAYIN_SOURCE_UPDATE, changed);
        return changed;
    }

    // ---- payout targets: pending -> active | cancelled

    PayoutTarget activatePayoutTarget(String id) {
        synchronized (state) {
            PayoutTarget target = state.payoutTargets.get(id);
            require("Payout Target", id, target.status(), PayoutTargetStatus.PENDING);
            return saveTarget(target, PayoutTargetStatus.ACTIVE, null);
        }
    }

    PayoutTarget refusePayoutTarget(String id, String statusMessage) {
        String code = code(statusMessage, StatusMessage.AUTHENTICATION_FAILED);
        synchronized (state) {
            PayoutTarget target = state.payoutTargets.get(id);
            require("Payout Target", id, target.status(), PayoutTargetStatus.PENDING);
            return saveTarget(target, PayoutTargetStatus.CANCELLED, code);
        }
    }

    private PayoutTarget saveTarget(PayoutTarget t, String status, String message) {
        PayoutTarget changed = new PayoutTarget(
                t.id(),
                t.reference(),
                t.description(),
                t.customerId(),
                t.customerDetails(),
                status,
                message,
                t.authUrl(),
                t.redirectUrl(),
                t.type(),
                t.createdAt(),
                state.timestamp());
        state.payoutTargets.put(changed);
        state.changed(PAYOUT_TARGET_UPDATE, changed);
        return changed;
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
            PayinRequest changed = new PayinRequest(
                    r.id(),
                    r.reference(),
                    r.customerId(),
                    r.customerDetails(),
                    r.payinSourceId(),
                    r.payinSourceDetails(),
                    outcome,
                    message,
                    r.amount(),
                    collected,
                    r.fee(),
                    r.targetMerchantAccountId(),
                    r.createdAt(),
                    state.timestamp());
            state.payinRequests.put(changed);
            state.ledger.creditPayin(changed.targetMerchantAccountId(), collected, changed.fee());
            state.changed(PAYIN_REQUEST_UPDATE, changed);
            return changed;
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
            PayoutRequest changed = new PayoutRequest(
                    r.id(),
                    r.reference(),
                    r.customerId(),
                    r.customerDetails(),
                    r.payoutTargetId(),
                    r.payoutTargetDetails(),
                    outcome,
                    message,
                    r.amount(),
                    sent,
                    r.fee(),
                    r.sourceMerchantAccountId(),
                    r.createdAt(),
                    state.timestamp());
            state.payoutRequests.put(changed);
            state.changed(PAYOUT_REQUEST_UPDATE, changed);
            return changed;
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
