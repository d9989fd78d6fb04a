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

import java.util.Random;

/**
 * What the webhook sender does wrong while switched on, as a network and Palomma may: deliver every webhook twice; hold
 * each first attempt back a random time up to {@link #MAX_DELAY_MILLIS}, so that deliveries of one resource arrive out
 * of order; lose a fraction of webhooks outright (no attempt at all, as an outage longer than Palomma's retries would).
 * All off by default.
 */
public final class WebhookFaults {

    static final long MAX_DELAY_MILLIS = 2_000;

    private volatile boolean duplicate;
    private volatile boolean reorder;
    private volatile double dropFraction;
    private Random dropRandom = new Random(0);

    public boolean duplicate() {
        return duplicate;
    }

    public void duplicate(boolean on) {
        duplicate = on;
    }

    public boolean reorder() {
        return reorder;
    }

    public void reorder(boolean on) {
        reorder = on;
    }

    /** Loses this fraction (0 to 1) of the webhooks from now on, chosen by a random sequence from {@code seed}. */
    public synchronized void drop(double fraction, long seed) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException(
                    "the fraction of webhooks to drop must be from 0 to 1 (got " + fraction + ")");
        }
        dropRandom = new Random(seed);
        dropFraction = fraction;
    }

    public double dropFraction() {
        return dropFraction;
    }

    synchronized boolean dropNext() {
        return dropFraction > 0 && dropRandom.nextDouble() < dropFraction;
    }
}
