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
package io.github.camelpalomma.bench;

import java.util.Arrays;

/** Latencies of one thread, in nanoseconds, in a preallocated array (no allocation while measuring). */
final class Latencies {

    private final long[] nanos;
    private int size;

    Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    void add(long value) {
        if (size < nanos.length) {
            nanos[size++] = value;
        }
    }

    int size() {
        return size;
    }

    /** All threads' samples, sorted. */
    static long[] merged(Latencies... parts) {
        int total = 0;
        for (Latencies p : parts) {
            total += p.size;
        }
        long[] all = new long[total];
        int at = 0;
        for (Latencies p : parts) {
            System.arraycopy(p.nanos, 0, all, at, p.size);
            at += p.size;
        }
        Arrays.sort(all);
        return all;
    }

    /** The q-quantile (0..1) of sorted samples, in microseconds. */
    static double percentileMicros(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
