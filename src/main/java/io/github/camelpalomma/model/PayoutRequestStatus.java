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

/** Payout request {@code status}: processing, then approved or cancelled (terminal). Palomma may add values later: compare strings, never assume the set is closed. */
public final class PayoutRequestStatus {

    /** Before the outcome: the transfer is under way. */
    public static final String PROCESSING = "processing";

    /** The outcomes. */
    public static final String APPROVED = "approved", CANCELLED = "cancelled";

    /** The values documented today. */
    public static final Set<String> VALUES = Set.of(PROCESSING, APPROVED, CANCELLED);

    /** The statuses a request never leaves; reconciliation stops polling there. */
    public static final Set<String> FINAL = Set.of(APPROVED, CANCELLED);

    private PayoutRequestStatus() {}
}
