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
package io.github.camelpalomma;

import java.util.function.LongSupplier;

import org.apache.camel.spi.IdempotentRepository;

/**
 * Claims and confirmations of webhookIds in any Camel {@link IdempotentRepository}, which only knows whole keys: no values,
 * no expiry. Two kinds of key tell "being processed" from "done":
 * <ul>
 * <li>the webhookId itself is written once the route succeeded: a delivery finding it is a duplicate;</li>
 * <li>{@code claim:<slot>:<webhookId>} is written when a run starts and removed when it ends, where the slot is the claim's
 * time in units of half the {@code claimTimeout}. A delivery that finds a claim in its own slot, the two before or the one
 * after (clock skew) is in flight and answered 503. A claim left by a node that died stops counting between
 * {@code claimTimeout} and 1.5 x {@code claimTimeout} after it was made.</li>
 * </ul>
 * Every step is one {@code add}, {@code contains} or {@code remove}, so it holds across nodes sharing a JDBC, Redis or
 * Infinispan repository, as long as their clocks agree to well within half the claimTimeout.
 */
final class WebhookClaims {

    enum Outcome {
        CLAIMED,
        DONE,
        IN_FLIGHT
    }

    private final IdempotentRepository repository;
    private final long slotMillis;
    private final LongSupplier clock;

    WebhookClaims(IdempotentRepository repository, long claimTimeoutMillis, LongSupplier clock) {
        this.repository = repository;
        this.slotMillis = Math.max(1, claimTimeoutMillis / 2);
        this.clock = clock;
    }

    /** A claim on the webhookId for one run; {@link Claim#outcome()} says whether this run may process it. */
    Claim claim(String webhookId) {
        if (repository.contains(webhookId)) {
            return new Claim(webhookId, null, Outcome.DONE);
        }
        long slot = clock.getAsLong() / slotMillis;
        String key = key(slot, webhookId);
        if (!repository.add(key)) {
            return new Claim(webhookId, null, Outcome.IN_FLIGHT);
        }
        if (repository.contains(key(slot - 1, webhookId))
                || repository.contains(key(slot - 2, webhookId))
                || repository.contains(key(slot + 1, webhookId))) {
            repository.remove(key);
            return new Claim(webhookId, null, Outcome.IN_FLIGHT);
        }
        if (repository.contains(webhookId)) {
            // another run finished between the first look and this claim
            repository.remove(key);
            return new Claim(webhookId, null, Outcome.DONE);
        }
        return new Claim(webhookId, key, Outcome.CLAIMED);
    }

    private static String key(long slot, String webhookId) {
        return "claim:" + slot + ":" + webhookId;
    }

    /** One run's hold on a webhookId. */
    final class Claim {
        private final String webhookId;
        private final String key;
        private final Outcome outcome;

        private Claim(String webhookId, String key, Outcome outcome) {
            this.webhookId = webhookId;
            this.key = key;
            this.outcome = outcome;
        }

        Outcome outcome() {
            return outcome;
        }

        /** The run succeeded: the webhookId is done, written before the claim goes so that no gap lets a retry in. */
        void confirm() {
            repository.add(webhookId);
            repository.confirm(webhookId);
            repository.remove(key);
        }

        /** The run failed: the next delivery processes the event. */
        void release() {
            repository.remove(key);
        }
    }
}
