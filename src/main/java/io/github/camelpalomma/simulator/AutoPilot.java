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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import io.github.camelpalomma.model.PalommaResourceObject;
import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.model.PayinLinkStatus;
import io.github.camelpalomma.model.PayinRequest;
import io.github.camelpalomma.model.PayinRequestStatus;
import io.github.camelpalomma.model.PayinSource;
import io.github.camelpalomma.model.PayinSourceStatus;
import io.github.camelpalomma.model.PayoutRequest;
import io.github.camelpalomma.model.PayoutRequestStatus;
import io.github.camelpalomma.model.PayoutTarget;
import io.github.camelpalomma.model.PayoutTargetStatus;
import io.github.camelpalomma.model.StatusMessage;

/**
 * The unattended rule set (docs/simulator.md, "Deterministic outcomes"): each step runs {@code delay} after the previous
 * one. The last two digits of an amount pick the outcome; a reference containing a statusMessage code makes a source or
 * target refuse with it. A step that finds the object already moved on (a test or a person got there first) is skipped.
 */
final class AutoPilot {

    /** Amount ending (amount % 100) -> the statusMessage of a decline. */
    static final Map<Long, String> DECLINES = Map.of(
            1L, StatusMessage.NOT_ENOUGH_FUNDS,
            2L, StatusMessage.DECLINED_BY_BANK,
            3L, StatusMessage.AUTHENTICATION_FAILED,
            4L, StatusMessage.INVALID_ACCOUNT,
            5L, StatusMessage.BANK_NOT_AVAILABLE,
            6L, StatusMessage.DOCUMENT_ACCOUNT_MISMATCH,
            7L, StatusMessage.ERROR);

    static final long CUSTOMER_CANCELS = 8;
    static final long NEVER_PAID = 9;
    static final long PARTIAL = 50;

    private final Transitions transitions;
    private final ScheduledExecutorService scheduler;
    private volatile Duration delay;

    AutoPilot(Transitions transitions, ScheduledExecutorService scheduler, Duration delay) {
        this.transitions = transitions;
        this.scheduler = scheduler;
        this.delay = delay;
    }

    void setDelay(Duration newDelay) {
        this.delay = newDelay;
    }

    Duration delay() {
        return delay;
    }

    void onChange(PalommaResourceObject object) {
        if (delay == null) {
            return;
        }
        if (object instanceof PayinLink link) {
            onLink(link);
        } else if (object instanceof PayinSource source && PayinSourceStatus.PENDING.equals(source.status())) {
            verifyLater(
                    source.id(), source.reference(), transitions::authorizePayinSource, transitions::refusePayinSource);
        } else if (object instanceof PayoutTarget target && PayoutTargetStatus.PENDING.equals(target.status())) {
            verifyLater(
                    target.id(),
                    target.reference(),
                    transitions::activatePayoutTarget,
                    transitions::refusePayoutTarget);
        } else if (object instanceof PayinRequest request) {
            onPayinRequest(request);
        } else if (object instanceof PayoutRequest payout && PayoutRequestStatus.PROCESSING.equals(payout.status())) {
            String decline = DECLINES.get(payout.amount() % 100);
            later(() -> transitions.completePayoutRequest(
                    payout.id(),
                    decline == null ? PayoutRequestStatus.APPROVED : PayoutRequestStatus.CANCELLED,
                    decline));
        }
    }

    private void onLink(PayinLink link) {
        long ending = link.amount() % 100;
        String decline = DECLINES.get(ending);
        switch (link.status()) {
            case PayinLinkStatus.PENDING -> {
                if (ending == CUSTOMER_CANCELS) {
                    later(() -> transitions.cancelPayinLink(link.id(), StatusMessage.CUSTOMER_CANCELLATION));
                } else if (ending != NEVER_PAID) {
                    later(() -> transitions.processPayinLink(link.id()));
                }
            }
            case PayinLinkStatus.PROCESSING ->
                later(() -> {
                    if (decline == null) {
                        transitions.approvePayinLink(link.id());
                    } else {
                        transitions.declinePayinLink(link.id(), decline);
                    }
                });
            case PayinLinkStatus.APPROVED ->
                later(() -> transitions.runSettlementCycle(link.targetMerchantAccountId()));
            default -> {}
        }
    }

    private void onPayinRequest(PayinRequest request) {
        if (PayinRequestStatus.APPROVED.equals(request.status())
                || PayinRequestStatus.PARTIAL.equals(request.status())) {
            later(() -> transitions.runSettlementCycle(request.targetMerchantAccountId()));
            return;
        }
        if (!PayinRequestStatus.PROCESSING.equals(request.status())) {
            return;
        }
        long ending = request.amount() % 100;
        later(() -> {
            if (ending == PARTIAL
                    && Boolean.TRUE.equals(request.payinSourceDetails().partialPayinsEnabled())) {
                transitions.completePayinRequest(request.id(), PayinRequestStatus.PARTIAL, null, null);
            } else if (ending == PARTIAL) {
                transitions.completePayinRequest(
                        request.id(), PayinRequestStatus.CANCELLED, null, StatusMessage.NOT_ENOUGH_FUNDS);
            } else if (DECLINES.containsKey(ending)) {
                transitions.completePayinRequest(
                        request.id(), PayinRequestStatus.CANCELLED, null, DECLINES.get(ending));
            } else {
                transitions.completePayinRequest(request.id(), PayinRequestStatus.APPROVED, null, null);
            }
        });
    }

    /** The customer's verification of a pending source or target: refused with a code its reference names, else accepted. */
    private void verifyLater(String id, String reference, Consumer<String> accept, BiConsumer<String, String> refuse) {
        String code = codeIn(reference);
        later(() -> {
            if (code == null) {
                accept.accept(id);
            } else {
                refuse.accept(id, code);
            }
        });
    }

    private static String codeIn(String reference) {
        if (reference == null) {
            return null;
        }
        for (String code : StatusMessage.codes()) {
            if (reference.contains(code)) {
                return code;
            }
        }
        return null;
    }

    private void later(Runnable step) {
        Duration wait = delay;
        if (wait == null || scheduler.isShutdown()) {
            return;
        }
        try {
            scheduler.schedule(
                    () -> {
                        try {
                            step.run();
                        } catch (ApiError alreadyMovedOn) {
                            // someone else completed the step first
                        }
                    },
                    wait.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RuntimeException rejected) {
            // shutting down
        }
    }
}
