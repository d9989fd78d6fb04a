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

import java.util.List;

/** What a store answers when a status change asks to be delivered. */
public enum Claim {
    /** This caller delivers it now, then confirms or releases it. */
    CLAIMED,
    /** Delivered already, or being delivered by a live node: skip it. */
    DUPLICATE,
    /** A later status of the same resource was delivered already: skip it. */
    STALE;

    /**
     * The one rule both stores apply, given what was claimed before for the same resource id.
     *
     * @param now           epoch millis
     * @param claimTimeout  after this long an unconfirmed claim is taken over (its node died)
     */
    static Claim decide(
            String resource, String status, String updatedAt, List<Emission> before, long now, long claimTimeout) {
        Emission latest = null;
        for (Emission e : before) {
            if (e.status().equals(status)) {
                return e.confirmed() || now - e.claimedAt() < claimTimeout ? DUPLICATE : CLAIMED;
            }
            if (latest == null
                    || StatusOrder.isOlder(resource, latest.status(), latest.updatedAt(), e.status(), e.updatedAt())) {
                latest = e;
            }
        }
        if (latest != null && StatusOrder.isOlder(resource, status, updatedAt, latest.status(), latest.updatedAt())) {
            return STALE;
        }
        return CLAIMED;
    }
}
