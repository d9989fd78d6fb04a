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

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much of the machine other processes took while a child JVM ran: the busy CPU time of the whole machine
 * (/proc/stat) minus this harness's and the child's own CPU time, as a share of all cores over the child's life. Other
 * processes on the same machine show up here; contention from outside the VM does not.
 */
final class Quietness {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final double NANOS_PER_TICK = 1e9 / 100; // USER_HZ

    /** A starting point. */
    record Mark(long wallNanos, long machineBusyNanos, long harnessCpuNanos) {}

    private static volatile double worst;

    private Quietness() {}

    /** The largest share others took during any child JVM of this run, in percent. */
    static double worstPercent() {
        return worst;
    }

    static Mark mark() {
        return new Mark(System.nanoTime(), machineBusyNanos(), OS.getProcessCpuTime());
    }

    /** Others' share of all cores since {@code start}, in percent; NaN when /proc/stat cannot be read. */
    static double othersPercent(Mark start, double childCpuNanos) {
        long busy = machineBusyNanos();
        if (busy < 0 || start.machineBusyNanos < 0) {
            return Double.NaN;
        }
        double ours = (OS.getProcessCpuTime() - start.harnessCpuNanos) + childCpuNanos;
        double others = (busy - start.machineBusyNanos) - ours;
        double capacity = (System.nanoTime() - start.wallNanos)
                * (double) Runtime.getRuntime().availableProcessors();
        double percent = Math.max(0, 100 * others / capacity);
        worst = Math.max(worst, percent);
        return percent;
    }

    private static long machineBusyNanos() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return (long) ((total - idle) * NANOS_PER_TICK);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
