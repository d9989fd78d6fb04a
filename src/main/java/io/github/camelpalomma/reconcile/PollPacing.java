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

/**
 * How long to wait before polling a resource again: a tenth of its age, at least {@code pollInterval} and at most
 * {@code maxPollInterval}. A young payment, which is likely to change soon, is polled often; one that has waited for
 * hours costs little. With the defaults (5 s, 5 min): every 5 s for the first 50 s, every minute at 10 minutes of age,
 * every 5 minutes from 50 minutes on.
 */
public record PollPacing(long pollInterval, long maxPollInterval) {

    public PollPacing {
        if (pollInterval <= 0 || maxPollInterval < pollInterval) {
            throw new IllegalArgumentException(
                    "pollInterval must be above 0 and maxPollInterval at least pollInterval (got " + pollInterval
                            + " ms and " + maxPollInterval + " ms)");
        }
    }

    /** The delay before the next poll of a resource first tracked {@code ageMillis} ago. */
    public long delay(long ageMillis) {
        return Math.min(maxPollInterval, Math.max(pollInterval, ageMillis / 10));
    }
}
