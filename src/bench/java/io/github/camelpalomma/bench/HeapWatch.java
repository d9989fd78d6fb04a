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

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap of this JVM while a scenario runs: the most it held right after any GC (what was live), and the most it held
 * at all, sampled every 10 ms.
 */
final class HeapWatch implements AutoCloseable {

    private final AtomicLong maxAfterGc = new AtomicLong();
    private final AtomicLong maxSampled = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(
                        (notification, handback) -> {
                            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                    notification.getType())) {
                                afterGc(GarbageCollectionNotificationInfo.from(
                                        (CompositeData) notification.getUserData()));
                            }
                        },
                        null,
                        null);
            }
        }
        sampler = new Thread(
                () -> {
                    while (running) {
                        maxSampled.accumulateAndGet(heapUsed(), Math::max);
                        try {
                            Thread.sleep(10);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void afterGc(GarbageCollectionNotificationInfo info) {
        collections.incrementAndGet();
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool :
                info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (isHeap(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        maxAfterGc.accumulateAndGet(used, Math::max);
    }

    private static boolean isHeap(String poolName) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals(poolName)) {
                return pool.getType() == MemoryType.HEAP;
            }
        }
        return false;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    double maxAfterGcMb() {
        return maxAfterGc.get() / (1024.0 * 1024);
    }

    double maxSampledMb() {
        return maxSampled.get() / (1024.0 * 1024);
    }

    long collections() {
        return collections.get();
    }

    static double maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / (1024.0 * 1024);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
