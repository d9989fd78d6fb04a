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
package io.github.camelpalomma.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import io.github.camelpalomma.model.Customer;
import io.github.camelpalomma.model.NewPayinLink;
import io.github.camelpalomma.model.NewPayoutRequest;
import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.model.PayoutRequest;
import io.github.camelpalomma.model.PayoutTarget;
import io.github.camelpalomma.simulator.SimulatorControl;
import io.github.camelpalomma.support.NewResources;

/**
 * Payin links and payout requests created through a node's producers, then driven to random final statuses on the
 * simulator; remembers each one's statuses after creation and when it reached its final one.
 */
final class Payments {

    record Change(List<String> statuses, long finalAt) {
        String last() {
            return statuses.get(statuses.size() - 1);
        }
    }

    final List<String> links = new ArrayList<>();
    final List<String> payouts = new ArrayList<>();
    final Map<String, Change> changes = new ConcurrentHashMap<>();
    private final Random random;

    Payments(long seed) {
        this.random = new Random(seed);
    }

    void create(List<Node> nodes, int linkCount, int payoutCount) {
        Node first = nodes.get(0);
        Customer customer =
                first.template.requestBody("direct:customer", NewResources.customer("c-rec"), Customer.class);
        PayoutTarget target = first.template.requestBody(
                "direct:target", NewResources.bankAccountTarget(customer.id()), PayoutTarget.class);
        String[] linkIds = new String[linkCount];
        String[] payoutIds = new String[payoutCount];
        // created from a few threads at once, as a shop's checkout would
        IntStream.range(0, linkCount + payoutCount).parallel().forEach(i -> {
            Node node = nodes.get(i % nodes.size());
            if (i < linkCount) {
                linkIds[i] = node.template
                        .requestBody(
                                "direct:link",
                                NewPayinLink.general(
                                                customer.id(),
                                                10_000 + i,
                                                "https://shop.example/thanks",
                                                List.of("pse"))
                                        .withReference("order-" + i),
                                PayinLink.class)
                        .id();
            } else {
                int p = i - linkCount;
                payoutIds[p] = node.template
                        .requestBody(
                                "direct:payout",
                                NewPayoutRequest.of(target.id(), 2_000 + p, "payout-" + p),
                                PayoutRequest.class)
                        .id();
            }
        });
        links.addAll(List.of(linkIds));
        payouts.addAll(List.of(payoutIds));
    }

    /** Every id, payin links then payout requests. */
    List<String> all() {
        List<String> all = new ArrayList<>(links);
        all.addAll(payouts);
        return all;
    }

    /** Drives the ids from {@code from} (inclusive) to {@code to} (exclusive) of {@link #all()} to random final statuses. */
    void finish(SimulatorControl control, int from, int to) {
        List<String> all = all();
        for (int i = from; i < to; i++) {
            String id = all.get(i);
            if (i < links.size()) {
                List<String> statuses =
                        switch (random.nextInt(3)) {
                            case 0 ->
                                List.of(
                                        "processing",
                                        control.approvePayinLink(id).status());
                            case 1 ->
                                List.of(
                                        "processing",
                                        control.declinePayinLink(id, null).status());
                            default ->
                                List.of(control.cancelPayinLink(id, random.nextBoolean() ? "EXPIRED" : null)
                                        .status());
                        };
                changes.put(id, new Change(statuses, System.currentTimeMillis()));
            } else {
                String outcome = random.nextBoolean() ? "approved" : "cancelled";
                control.completePayoutRequest(id, outcome, null);
                changes.put(id, new Change(List.of(outcome), System.currentTimeMillis()));
            }
        }
    }
}
