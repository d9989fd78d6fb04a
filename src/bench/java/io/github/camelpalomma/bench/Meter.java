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

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * What this JVM spent between two points: process CPU time (all threads, GC and JIT included) and bytes allocated,
 * thread by thread. Threads that ended in between take their count with them, so code that measures with short-lived
 * threads adds what those threads report themselves ({@link #currentThreadAllocated()}). Used inside the measured child.
 */
final class Meter {

    /** One reading. */
    static final class Reading {
        private final long wallNanos;
        private final long cpuNanos;
        private final Map<Long, Long> allocatedByThread;

        private Reading(long wallNanos, long cpuNanos, Map<Long, Long> allocatedByThread) {
            this.wallNanos = wallNanos;
            this.cpuNanos = cpuNanos;
            this.allocatedByThread = allocatedByThread;
        }

        /** What was spent since {@code start}: allocation counts threads alive now, from 0 for those born since. */
        Spent minus(Reading start) {
            long allocated = 0;
            for (Map.Entry<Long, Long> e : allocatedByThread.entrySet()) {
                allocated += e.getValue() - start.allocatedByThread.getOrDefault(e.getKey(), 0L);
            }
            return new Spent(wallNanos - start.wallNanos, cpuNanos - start.cpuNanos, allocated);
        }
    }

    /** Spent between two readings. */
    record Spent(long wallNanos, long cpuNanos, long allocatedBytes) {
        Spent plusAllocated(long bytes) {
            return new Spent(wallNanos, cpuNanos, allocatedBytes + bytes);
        }
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Meter() {}

    static Reading read() {
        long[] ids = THREADS.getAllThreadIds();
        long[] bytes = THREADS.getThreadAllocatedBytes(ids);
        Map<Long, Long> byThread = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                byThread.put(ids[i], bytes[i]);
            }
        }
        return new Reading(System.nanoTime(), OS.getProcessCpuTime(), byThread);
    }

    static long currentThreadAllocated() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }
}
