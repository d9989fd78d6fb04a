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

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends pre-signed webhooks over {@code concurrency} keep-alive connections to 127.0.0.1, closed loop (each connection
 * sends the next delivery once the previous answer is in), and counts every answer by status. Runs in the harness JVM.
 */
final class WebhookLoadGen implements AutoCloseable {

    /** What one phase saw. */
    record Phase(
            int sent,
            Map<Integer, Long> statuses,
            long ioErrors,
            String firstError,
            long wallNanos,
            long cpuNanos,
            long[] sortedLatencies) {

        long status(int code) {
            return statuses.getOrDefault(code, 0L);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final int port;
    private final Connection[] connections;

    WebhookLoadGen(int port, int concurrency) {
        this.port = port;
        this.connections = new Connection[concurrency];
    }

    Phase run(List<byte[]> requests, boolean recordLatencies, long maxSeconds) throws InterruptedException {
        int concurrency = connections.length;
        AtomicInteger next = new AtomicInteger();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        LongAdder ioErrors = new LongAdder();
        LongAdder attempted = new LongAdder();
        LongAdder cpu = new LongAdder();
        AtomicReference<String> firstError = new AtomicReference<>();
        Latencies[] latencies = new Latencies[concurrency];
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(concurrency);
        long t0 = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            int slot = t;
            latencies[t] = new Latencies(recordLatencies ? requests.size() : 0);
            Thread sender = new Thread(
                    () -> {
                        long cpu0 = THREADS.getCurrentThreadCpuTime();
                        try {
                            int i;
                            while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < requests.size()) {
                                attempted.increment();
                                long s = System.nanoTime();
                                try {
                                    int status = connection(slot).exchange(requests.get(i));
                                    latencies[slot].add(System.nanoTime() - s);
                                    statuses.computeIfAbsent(status, k -> new LongAdder())
                                            .increment();
                                } catch (IOException | RuntimeException e) {
                                    ioErrors.increment();
                                    firstError.compareAndSet(null, e.toString());
                                    closeConnection(slot);
                                }
                            }
                        } finally {
                            cpu.add(THREADS.getCurrentThreadCpuTime() - cpu0);
                            done.countDown();
                        }
                    },
                    "webhook-sender-" + t);
            sender.start();
        }
        done.await();
        long wall = System.nanoTime() - t0;
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        statuses.forEach((k, v) -> counts.put(k, v.sum()));
        int sent = (int) attempted.sum();
        return new Phase(sent, counts, ioErrors.sum(), firstError.get(), wall, cpu.sum(), Latencies.merged(latencies));
    }

    private Connection connection(int slot) throws IOException {
        if (connections[slot] == null) {
            connections[slot] = new Connection(new Socket(InetAddress.getLoopbackAddress(), port));
        }
        return connections[slot];
    }

    private void closeConnection(int slot) {
        if (connections[slot] != null) {
            connections[slot].close();
            connections[slot] = null;
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < connections.length; i++) {
            closeConnection(i);
        }
    }

    /** One keep-alive connection. */
    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final HttpResponseReader reader;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            this.out = socket.getOutputStream();
            this.reader = new HttpResponseReader(new BufferedInputStream(socket.getInputStream(), 8192));
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            return reader.read();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
