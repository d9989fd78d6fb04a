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

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random histories of claims, confirms and releases, from two paths at once, against the in-memory store: a
 * confirmed status is never claimed again, a status older than a confirmed one is never claimed, and a released claim
 * can be claimed again. The same rules (class Claim) decide in the PostgreSQL store.
 */
class ClaimRulesTest {

    static final List<String> LINK = List.of("pending", "processing", "approved", "cancelled");

    @Test
    void noStatusTwiceAndNeverAnOlderOne() {
        long seed = 20_261_202L;
        Random random = new Random(seed);
        for (int history = 0; history < 2000; history++) {
            MemoryReconcileStore store = new MemoryReconcileStore();
            Map<String, String> confirmedAt = new HashMap<>();
            for (int step = 0; step < 12; step++) {
                int rank = random.nextInt(3);
                String status = rank < 2 ? LINK.get(rank) : LINK.get(2 + random.nextInt(2));
                String updatedAt = Instant.ofEpochSecond(1_000 + rank * 10L + random.nextInt(3))
                        .toString();
                Claim claim = store.claim("payinLinks", "L", status, updatedAt, "n" + random.nextInt(2), step, 1_000);
                String why = "seed " + seed + ", history " + history + ", step " + step + ": " + status + " after "
                        + confirmedAt;
                if (confirmedAt.containsKey(status)) {
                    assertThat(claim).as(why).isEqualTo(Claim.DUPLICATE);
                } else if (confirmedAt.keySet().stream().anyMatch(s -> StatusOrder.isFinal("payinLinks", s))) {
                    assertThat(claim).as(why).isEqualTo(Claim.STALE);
                }
                if (claim == Claim.CLAIMED) {
                    if (random.nextInt(4) == 0) {
                        store.release("payinLinks", "L", status);
                    } else {
                        store.confirm("payinLinks", "L", status);
                        confirmedAt.put(status, updatedAt);
                        for (Map.Entry<String, String> e : confirmedAt.entrySet()) {
                            if (!e.getKey().equals(status)) {
                                // what was confirmed earlier is never newer than what is confirmed now
                                assertThat(StatusOrder.isOlder(
                                                "payinLinks", status, updatedAt, e.getKey(), e.getValue()))
                                        .as(why)
                                        .isFalse();
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void anUnconfirmedClaimOfADeadNodeIsTakenOverAfterTheTimeout() {
        MemoryReconcileStore store = new MemoryReconcileStore();
        assertThat(store.claim("payoutRequests", "P", "approved", null, "dead", 0, 1_000))
                .isEqualTo(Claim.CLAIMED);
        assertThat(store.claim("payoutRequests", "P", "approved", null, "alive", 999, 1_000))
                .isEqualTo(Claim.DUPLICATE);
        assertThat(store.claim("payoutRequests", "P", "approved", null, "alive", 1_000, 1_000))
                .isEqualTo(Claim.CLAIMED);
    }

    @Test
    void pacingGrowsWithAgeBetweenItsBounds() {
        PollPacing pacing = new PollPacing(5_000, 300_000);
        assertThat(pacing.delay(0)).isEqualTo(5_000);
        assertThat(pacing.delay(600_000)).isEqualTo(60_000);
        assertThat(pacing.delay(86_400_000)).isEqualTo(300_000);
        long previous = 0;
        for (long age = 0; age < 10_000_000; age += 7_919) {
            long delay = pacing.delay(age);
            assertThat(delay).isBetween(5_000L, 300_000L).isGreaterThanOrEqualTo(previous);
            previous = delay;
        }
    }
}
