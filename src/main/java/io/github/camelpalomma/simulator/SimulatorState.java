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

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

import io.github.camelpalomma.model.Customer;
import io.github.camelpalomma.model.PalommaResourceObject;
import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.model.PayinRequest;
import io.github.camelpalomma.model.PayinSource;
import io.github.camelpalomma.model.PayoutRequest;
import io.github.camelpalomma.model.PayoutTarget;

/**
 * Everything the simulator remembers: the stores of each resource, the ledger, the clock and the id generator. Writers
 * synchronise on this object; readers go straight to the stores.
 */
final class SimulatorState {

    final SimulatorConfig config;
    final SimClock clock;
    final Ulid ids;
    final ResourceStore<Customer> customers;
    final ResourceStore<PayinLink> payinLinks;
    final ResourceStore<PayinSource> payinSources;
    final ResourceStore<PayinRequest> payinRequests;
    final ResourceStore<PayoutTarget> payoutTargets;
    final ResourceStore<PayoutRequest> payoutRequests;
    final Ledger ledger;
    final WebhookSender webhooks;
    /** Told of every created or changed object, after the change; the autopilot listens here. */
    volatile Consumer<PalommaResourceObject> listener = changed -> {};
    /** http://host:port of the running server, for paymentUrl and authUrl. */
    volatile String origin = "http://127.0.0.1:0";

    SimulatorState(SimulatorConfig config, SimClock clock, WebhookSenderFactory senders) {
        this.config = config;
        this.clock = clock;
        this.ids = new Ulid(clock::millis);
        int cap = config.get(SimulatorConfig.CAPACITY_PER_RESOURCE);
        customers = new ResourceStore<>("Customer", cap, Customer::reference, Customer::id);
        payinLinks = new ResourceStore<>("Payin Link", cap, PayinLink::reference, PayinLink::customerId);
        payinSources = new ResourceStore<>("Payin Source", cap, PayinSource::reference, PayinSource::customerId);
        payinRequests = new ResourceStore<>("Payin Request", cap, PayinRequest::reference, PayinRequest::customerId);
        payoutTargets = new ResourceStore<>("Payout Target", cap, PayoutTarget::reference, PayoutTarget::customerId);
        payoutRequests =
                new ResourceStore<>("Payout Request", cap, PayoutRequest::reference, PayoutRequest::customerId);
        ledger = new Ledger(config);
        webhooks = senders.create(ids);
    }

    interface WebhookSenderFactory {
        WebhookSender create(Ulid ids);
    }

    Instant now() {
        return clock.instant();
    }

    /** ISO-8601 UTC to the second with {@code Z}, as in Palomma's examples. */
    String timestamp() {
        return now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    LocalDateTime colombiaNow() {
        return LocalDateTime.ofInstant(now(), Ledger.COLOMBIA);
    }

    /** Announces a status change: the webhook of that resource, then the listener. */
    void changed(String eventType, PalommaResourceObject object) {
        webhooks.publish(eventType, object, now());
        listener.accept(object);
    }

    synchronized void reset() {
        customers.clear();
        payinLinks.clear();
        payinSources.clear();
        payinRequests.clear();
        payoutTargets.clear();
        payoutRequests.clear();
        ledger.reset();
        clock.resetOffset();
        webhooks.clearDeliveries();
    }
}
