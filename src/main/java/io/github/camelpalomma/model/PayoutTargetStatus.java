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
package io.github.camelpalomma.model;

import java.util.Set;

/** Payout target {@code status}. Palomma documents only active and cancelled; pending is the inferred state before verification. Palomma may add values later: compare strings, never assume the set is closed. */
public final class PayoutTargetStatus {

    /** Before verification at {@code authUrl}. */
    public static final String PENDING = "pending";

    /** Verified and ready to receive payouts, or refused or revoked. */
    public static final String ACTIVE = "active", CANCELLED = "cancelled";

    /** The values documented today. */
    public static final Set<String> VALUES = Set.of(PENDING, ACTIVE, CANCELLED);

    /** The status a source or target never leaves. */
    public static final Set<String> TERMINAL = Set.of(CANCELLED);

    /**
     * Where reconciliation stops polling: the terminal status, and active, which changes again only when it is revoked.
     */
    public static final Set<String> FINAL = Set.of(ACTIVE, CANCELLED);

    private PayoutTargetStatus() {}
}
