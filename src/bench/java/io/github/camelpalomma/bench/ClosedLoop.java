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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load from inside the measured JVM: {@code concurrency} threads each send the next request as soon as the
 * previous answer is in, until the phase's count is done or its time is up. Warm-up first, then the measured phase,
 * around which CPU and allocation are read.
 */
final class ClosedLoop {

    /** One call to measure; true when the answer was the expected one. */
    @FunctionalInterface
    interface Call {
        boolean run() throws Exception;
    }

    private final Call call;
    private final int concurrency;

    ClosedLoop(Call call, int concurrency) {
        this.call = call;
        this.concurrency = concurrency;
    }

    /** Runs warm-up then the measured phase; answers the measured phase's figures. */
    Map<String, Object> run(int warmup, int measured, long maxSeconds) throws InterruptedException {
        phase(warmup, maxSeconds, null);
        Latencies[] latencies = new Latencies[concurrency];
        for (int i = 0; i < concurrency; i++) {
            latencies[i] = new Latencies(measured);
        }
        Meter.Reading start = Meter.read();
        Outcome outcome = phase(measured, maxSeconds, latencies);
        Meter.Spent spent = Meter.read().minus(start).plusAllocated(outcome.workerAllocated);
        long[] sorted = Latencies.merged(latencies);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("concurrency", concurrency);
        r.put("requests", sorted.length);
        r.put("failed", outcome.failed);
        r.put("firstError", outcome.firstError);
        r.put("seconds", spent.wallNanos() / 1e9);
        r.put("perSecond", sorted.length / (spent.wallNanos() / 1e9));
        r.put("p50us", Latencies.percentileMicros(sorted, 0.50));
        r.put("p99us", Latencies.percentileMicros(sorted, 0.99));
        r.put("p999us", Latencies.percentileMicros(sorted, 0.999));
        r.put("cpuUsPerCall", spent.cpuNanos() / 1000.0 / Math.max(1, sorted.length));
        r.put("allocKbPerCall", spent.allocatedBytes() / 1024.0 / Math.max(1, sorted.length));
        return r;
    }

    private record Outcome(int failed, String firstError, long workerAllocated) {}

    private Outcome phase(int count, long maxSeconds, Latencies[] latencies) throws InterruptedException {
        AtomicInteger tickets = new AtomicInteger(count);
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        java.util.concurrent.atomic.LongAdder workerAllocated = new java.util.concurrent.atomic.LongAdder();
        Thread[] workers = new Thread[concurrency];
        for (int t = 0; t < concurrency; t++) {
            Latencies mine = latencies == null ? null : latencies[t];
            Thread worker = new Thread(
                    () -> {
                        long allocated0 = Meter.currentThreadAllocated();
                        try {
                            while (tickets.getAndDecrement() > 0 && System.nanoTime() < deadline) {
                                long t0 = System.nanoTime();
                                boolean ok;
                                try {
                                    ok = call.run();
                                } catch (Exception e) {
                                    ok = false;
                                    firstError.compareAndSet(null, e.toString());
                                }
                                long took = System.nanoTime() - t0;
                                if (!ok) {
                                    failed.incrementAndGet();
                                } else if (mine != null) {
                                    mine.add(took);
                                }
                            }
                        } finally {
                            workerAllocated.add(Meter.currentThreadAllocated() - allocated0);
                        }
                    },
                    "load-" + t);
            workers[t] = worker;
            worker.start();
        }
        for (Thread worker : workers) {
            // joined, so no worker is still alive (and counted a second time) at the closing reading
            worker.join();
        }
        return new Outcome(failed.get(), firstError.get(), workerAllocated.sum());
    }
}
