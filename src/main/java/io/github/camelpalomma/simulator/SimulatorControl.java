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
import java.time.Instant;
import java.util.List;

import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.model.PayinRequest;
import io.github.camelpalomma.model.PayinSettlement;
import io.github.camelpalomma.model.PayinSource;
import io.github.camelpalomma.model.PayoutRequest;
import io.github.camelpalomma.model.PayoutTarget;

/**
 * Drives and inspects a running simulator from Java, without HTTP; {@code /_simulator/...} offers the same over HTTP.
 * A step the state machine does not allow throws {@link IllegalStateException}; bad arguments throw
 * {@link IllegalArgumentException}; unknown ids throw {@link java.util.NoSuchElementException}.
 */
public final class SimulatorControl {

    private final SimulatorState state;
    private final Transitions transitions;
    private final FaultInjector faults;
    private final AutoPilot autoPilot;
    private final CallMeter meter;

    SimulatorControl(
            SimulatorState state, Transitions transitions, FaultInjector faults, AutoPilot autoPilot, CallMeter meter) {
        this.state = state;
        this.transitions = transitions;
        this.faults = faults;
        this.autoPilot = autoPilot;
        this.meter = meter;
    }

    /** pending -> processing, as when the customer has submitted payment details. */
    public PayinLink processPayinLink(String id) {
        return run(() -> transitions.processPayinLink(id));
    }

    /** pending (-> processing) -> approved: amountCollected = amount, the target account's unsettledAmount grows. */
    public PayinLink approvePayinLink(String id) {
        return run(() -> transitions.approvePayinLink(id));
    }

    /** pending (-> processing) -> cancelled with this statusMessage (null = DECLINED_BY_BANK). */
    public PayinLink declinePayinLink(String id, String statusMessage) {
        return run(() -> transitions.declinePayinLink(id, statusMessage));
    }

    /** pending -> cancelled without a payment attempt (null = CUSTOMER_CANCELLATION; EXPIRED is the other usual code). */
    public PayinLink cancelPayinLink(String id, String statusMessage) {
        return run(() -> transitions.cancelPayinLink(id, statusMessage));
    }

    /** pending -> processing -> active. */
    public PayinSource authorizePayinSource(String id) {
        return run(() -> transitions.authorizePayinSource(id));
    }

    /** pending or processing -> cancelled (null = AUTHENTICATION_FAILED). */
    public PayinSource refusePayinSource(String id, String statusMessage) {
        return run(() -> transitions.refusePayinSource(id, statusMessage));
    }

    /** pending -> active. */
    public PayoutTarget activatePayoutTarget(String id) {
        return run(() -> transitions.activatePayoutTarget(id));
    }

    /** pending -> cancelled (null = AUTHENTICATION_FAILED). */
    public PayoutTarget refusePayoutTarget(String id, String statusMessage) {
        return run(() -> transitions.refusePayoutTarget(id, statusMessage));
    }

    /** processing -> approved, partial (half the amount) or cancelled (NOT_ENOUGH_FUNDS). */
    public PayinRequest completePayinRequest(String id, String outcome) {
        return completePayinRequest(id, outcome, null, null);
    }

    /** processing -> outcome; amountCollected for partial (null = half), statusMessage for cancelled. */
    public PayinRequest completePayinRequest(String id, String outcome, Long amountCollected, String statusMessage) {
        return run(() -> transitions.completePayinRequest(id, outcome, amountCollected, statusMessage));
    }

    /** processing -> approved or cancelled (amountSent 0, money back to the account; null statusMessage = DECLINED_BY_BANK). */
    public PayoutRequest completePayoutRequest(String id, String outcome, String statusMessage) {
        return run(() -> transitions.completePayoutRequest(id, outcome, statusMessage));
    }

    /** Settles one merchant account (or all with null): unsettled payins become a payin settlement. */
    public List<PayinSettlement> runSettlementCycle(String merchantAccountId) {
        return run(() -> transitions.runSettlementCycle(merchantAccountId));
    }

    /** Cancels with EXPIRED the pending links whose expiration has passed; answers how many. */
    public int expireDueLinks() {
        return transitions.expireDueLinks();
    }

    /** Moves the simulator's clock forward, then expires due links; answers the new time. */
    public Instant advanceClock(Duration by) {
        state.clock.advance(by);
        transitions.expireDueLinks();
        return state.now();
    }

    public Instant now() {
        return state.now();
    }

    /** Every webhook delivery attempt recorded so far, oldest first (capped). */
    public List<WebhookDelivery> deliveries() {
        return state.webhooks.deliveries();
    }

    /** Delivers a recorded webhook once more (same bytes), as one attempt numbered after its last; false if unknown. */
    public boolean resendDelivery(String webhookId) {
        return state.webhooks.resend(webhookId);
    }

    /** The webhook sender's faults (duplicates, reordering), to switch on and off. */
    public WebhookFaults webhookFaults() {
        return state.webhooks.faults;
    }

    public void clearDeliveries() {
        state.webhooks.clearDeliveries();
    }

    /** Signs the webhooks sent from now on with this key: the one the receiving consumers verify with. */
    public void integrityKey(String integrityKey) {
        state.config.set(SimulatorConfig.INTEGRITY_KEY, integrityKey);
    }

    public void addWebhookUrl(String url) {
        state.webhooks.urls.add(url);
    }

    public void removeWebhookUrl(String url) {
        state.webhooks.urls.remove(url);
    }

    public List<String> webhookUrls() {
        return List.copyOf(state.webhooks.urls);
    }

    public void injectFault(Fault fault) {
        faults.add(fault);
    }

    public List<Fault> faults() {
        return faults.pending();
    }

    public void clearFaults() {
        faults.clear();
    }

    /**
     * Loses this fraction (0 to 1) of webhook notifications outright, as a network or an outage would: a lost one is
     * never attempted nor retried (recorded as a delivery with no status and the error "dropped"). {@code seed} makes the
     * choice repeatable.
     */
    public void dropWebhooks(double fraction, long seed) {
        state.webhooks.faults.drop(fraction, seed);
    }

    /** The most GETs of the API answered within one wall-clock second since the start or {@link #resetGetMeter()}. */
    public int busiestGetSecond() {
        return meter.busiestSecond();
    }

    /** GETs of the API answered since the start or {@link #resetGetMeter()}. */
    public long gets() {
        return meter.total();
    }

    public void resetGetMeter() {
        meter.reset();
    }

    /** Turns the unattended rule set on with this step delay, or off with null. */
    public void autoComplete(Duration delay) {
        autoPilot.setDelay(delay);
    }

    public Duration autoComplete() {
        return autoPilot.delay();
    }

    /** Forgets every object, delivery and fault; the default merchant account starts again; the clock offset is cleared. */
    public void reset() {
        state.reset();
        faults.clear();
    }

    private static <T> T run(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (ApiError e) {
            switch (e.status()) {
                case 404 -> throw new java.util.NoSuchElementException(e.getMessage());
                case 409 -> throw new IllegalStateException(e.getMessage());
                default -> throw new IllegalArgumentException(e.getMessage());
            }
        }
    }
}
