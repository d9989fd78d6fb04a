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

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The polling budget of one node: at most {@code maxPollRate} calls per second for the whole cluster, shared evenly by
 * its live nodes. Calls are spaced evenly, never in bursts, so no second ever sees more than the rate. Palomma can
 * also ask for a pause: a 429 with Retry-After, or a server error, which backs off exponentially up to a minute.
 */
public final class RateBudget {

    private static final long MAX_BACKOFF_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final double maxPollRate;
    private volatile long spacingNanos;
    private long nextSlot;
    private long pausedUntil;
    private int serverErrors;

    public RateBudget(double maxPollRate) {
        if (!(maxPollRate > 0)) {
            throw new IllegalArgumentException(
                    "maxPollRate must be above 0 calls per second (got " + maxPollRate + ")");
        }
        this.maxPollRate = maxPollRate;
        this.nextSlot = System.nanoTime();
        this.pausedUntil = nextSlot;
        share(1);
    }

    /** This node's share of the rate when {@code nodes} poll together. */
    public void share(int nodes) {
        // 1% slack: evenly spaced calls at exactly the rate could put one call too many into a second
        spacingNanos = (long) (1_000_000_000L * Math.max(1, nodes) / maxPollRate * 1.01);
    }

    public double maxPollRate() {
        return maxPollRate;
    }

    /** Waits for this node's next slot; false when interrupted. */
    public boolean acquire() {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = later(now, later(nextSlot, pausedUntil));
            nextSlot = slot + spacingNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
        return !Thread.currentThread().isInterrupted();
    }

    /** Palomma answered 429: no call before {@code retryAfterMillis} (one second when it gave none). */
    public synchronized void tooManyRequests(long retryAfterMillis) {
        pause(TimeUnit.MILLISECONDS.toNanos(retryAfterMillis > 0 ? retryAfterMillis : 1000));
    }

    /** Palomma failed (5xx, or no answer): back off 1 s, 2 s, 4 s... up to a minute, until a call succeeds. */
    public synchronized void serverError() {
        serverErrors = Math.min(serverErrors + 1, 16);
        pause(Math.min(MAX_BACKOFF_NANOS, TimeUnit.SECONDS.toNanos(1) << (serverErrors - 1)));
    }

    public synchronized void succeeded() {
        serverErrors = 0;
    }

    /** True while a 429 or a server error keeps polling paused. */
    public synchronized boolean isPaused() {
        return pausedUntil - System.nanoTime() > 0;
    }

    private void pause(long nanos) {
        pausedUntil = later(pausedUntil, System.nanoTime() + nanos);
    }

    /** The later of two System.nanoTime() values, which may be negative. */
    private static long later(long a, long b) {
        return a - b > 0 ? a : b;
    }
}
