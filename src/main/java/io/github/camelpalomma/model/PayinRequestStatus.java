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

/** Payin request {@code status}: processing, then approved, partial or cancelled (terminal). Palomma may add values later: compare strings, never assume the set is closed. */
public final class PayinRequestStatus {

    /** Before the outcome: the debit is under way. */
    public static final String PROCESSING = "processing";

    /** The outcomes: all collected, part of it (only where the source allows partial payins), nothing. */
    public static final String APPROVED = "approved", PARTIAL = "partial", CANCELLED = "cancelled";

    /** The values documented today. */
    public static final Set<String> VALUES = Set.of(PROCESSING, APPROVED, PARTIAL, CANCELLED);

    /** The statuses a request never leaves; reconciliation stops polling there. */
    public static final Set<String> FINAL = Set.of(APPROVED, PARTIAL, CANCELLED);

    private PayinRequestStatus() {}
}
