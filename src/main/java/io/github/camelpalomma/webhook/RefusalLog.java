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
package io.github.camelpalomma.webhook;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

import org.slf4j.Logger;

/**
 * Refused deliveries, logged so that a newcomer sees why and an attacker cannot flood the log: the first refusal of each
 * kind at WARN with its reason, then at most one WARN per period with the counts since the last one. Reasons are fixed
 * texts, never data from the request, and never a key.
 */
public final class RefusalLog {

    private final Logger log;
    private final String path;
    private final long periodMillis;
    private final LongSupplier clock;
    private final Map<String, LongAdder> since = new ConcurrentHashMap<>();
    private final AtomicLong lastSummary;

    public RefusalLog(Logger log, String path, long periodMillis, LongSupplier clock) {
        this.log = log;
        this.path = path;
        this.periodMillis = periodMillis;
        this.clock = clock;
        this.lastSummary = new AtomicLong(clock.getAsLong());
    }

    /** @param status the answer, or 0 when there was none (the connection was closed) */
    public void refused(int status, String reason) {
        String kind = (status == 0 ? "no answer" : String.valueOf(status)) + ": " + reason;
        LongAdder count = since.get(kind);
        if (count == null && since.putIfAbsent(kind, new LongAdder()) == null) {
            log.warn(
                    "Palomma webhook on {} refused with {} (further refusals are summed up every {} s)",
                    path,
                    kind,
                    periodMillis / 1000);
            return;
        }
        since.get(kind).increment();
        long now = clock.getAsLong();
        long last = lastSummary.get();
        if (now - last >= periodMillis && lastSummary.compareAndSet(last, now)) {
            Map<String, Long> counts = new TreeMap<>();
            since.forEach((k, adder) -> {
                long n = adder.sumThenReset();
                if (n > 0) {
                    counts.put(k, n);
                }
            });
            log.warn("Palomma webhooks on {} refused in the last {} s: {}", path, (now - last) / 1000, counts);
        }
    }
}
