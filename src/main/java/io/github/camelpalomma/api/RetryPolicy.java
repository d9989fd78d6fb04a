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
package io.github.camelpalomma.api;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long to wait before trying a call again: exponential backoff with jitter, bounded by a count and a total
 * deadline, honouring Palomma's Retry-After.
 */
public record RetryPolicy(int maxRetries, long initialDelayMillis, long maxDelayMillis, long deadlineMillis) {

    /** Statuses a later try can fix. Every other 4xx means the request itself is wrong. */
    public static boolean isRetryableStatus(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    /**
     * The delay before retry number {@code retry} (1-based), or -1 when no retry is left: the count is used up, or the
     * retry would start after the deadline.
     */
    public long delayBefore(int retry, long startedAtNanos, String retryAfter) {
        if (retry > maxRetries) {
            return -1;
        }
        long delay = backoff(retry);
        long asked = retryAfterMillis(retryAfter);
        if (asked > delay) {
            delay = asked;
        }
        long elapsed = (System.nanoTime() - startedAtNanos) / 1_000_000;
        return elapsed + delay > deadlineMillis ? -1 : delay;
    }

    /** The backoff before try number {@code attempt} (1-based), with jitter, whatever the count and deadline. */
    public long backoff(int attempt) {
        long backoff = Math.min(maxDelayMillis, initialDelayMillis << Math.min(attempt - 1, 20));
        // jitter in [backoff/2, backoff]: spreads the retries of many clients that failed together
        return backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
    }

    /** True when {@code millis} more would still end before the deadline of a call started at {@code startedAtNanos}. */
    public boolean fitsDeadline(long millis, long startedAtNanos) {
        return (System.nanoTime() - startedAtNanos) / 1_000_000 + millis <= deadlineMillis;
    }

    /** Retry-After as seconds or as an HTTP date; 0 when absent or unreadable. */
    static long retryAfterMillis(String retryAfter) {
        if (retryAfter == null || retryAfter.isBlank()) {
            return 0;
        }
        String value = retryAfter.trim();
        try {
            return Math.max(0, Long.parseLong(value) * 1000);
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Math.max(
                        0, Duration.between(ZonedDateTime.now(at.getZone()), at).toMillis());
            } catch (RuntimeException notADate) {
                return 0;
            }
        }
    }
}
