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
package io.github.camelpalomma.simulator;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import com.sun.net.httpserver.HttpServer;

/**
 * Loopback throughput of the simulator: GET /v0/customers/{id} from 16 threads, each on its own keep-alive connection
 * (raw sockets, so the load generator costs as little as possible), 3 s warm-up then 10 s measured. Also reports the
 * in-process start time. Run by the bench profile ({@code mvn -q -Pbench verify -Dbench.only=simulator}, see
 * {@code bench.SimulatorScenario}), one fresh JVM per run; the phases' lengths come from the system properties
 * {@code sim.warmupMs} and {@code sim.measureMs}.
 *
 * {@code --jdk} measures a bare JDK HttpServer (fixed pool of 16) answering the same bytes instead, for comparison.
 */
public final class SimulatorThroughputBench {

    public static void main(String[] args) throws Exception {
        int concurrency = 16;
        long warmupMs = Long.getLong("sim.warmupMs", 3_000);
        long measureMs = Long.getLong("sim.measureMs", 10_000);
        boolean jdk = args.length > 0 && args[0].equals("--jdk");
        PalommaSimulator sim = PalommaSimulator.builder().build();
        long begin = System.nanoTime();
        sim.start();
        long startMs = (System.nanoTime() - begin) / 1_000_000;
        String id = new SimHttp(sim).customer("bench");
        int port = sim.port();
        HttpServer jdkServer = null;
        if (jdk) {
            byte[] body = new SimHttp(sim).get("/v0/customers/" + id).body().getBytes(StandardCharsets.UTF_8);
            jdkServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
            jdkServer.setExecutor(Executors.newFixedThreadPool(concurrency));
            jdkServer.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            jdkServer.start();
            port = jdkServer.getAddress().getPort();
        }
        byte[] request = ("GET /v0/customers/" + id + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                        + "\r\nAuthorization: Bearer sim_api_key\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        LongAdder done = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch finished = new CountDownLatch(concurrency);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            int p = port;
            Thread t = new Thread(() -> {
                try (Socket socket = new Socket("127.0.0.1", p)) {
                    socket.setTcpNoDelay(true);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = new BufferedInputStream(socket.getInputStream(), 16_384);
                    while (running.get()) {
                        out.write(request);
                        out.flush();
                        readResponse(in);
                        done.increment();
                    }
                } catch (IOException e) {
                    System.err.println("connection failed: " + e);
                } finally {
                    finished.countDown();
                }
            });
            threads.add(t);
            t.start();
        }
        Thread.sleep(warmupMs);
        long before = done.sum();
        long t0 = System.nanoTime();
        Thread.sleep(measureMs);
        long count = done.sum() - before;
        double seconds = (System.nanoTime() - t0) / 1e9;
        running.set(false);
        finished.await();
        System.out.printf(
                "server=%s concurrency=%d requests=%d seconds=%.1f throughput=%.0f req/s inProcessStartMs=%d%n",
                jdk ? "jdk-httpserver" : "simulator(httpcore5-classic)",
                concurrency,
                count,
                seconds,
                count / seconds,
                startMs);
        if (jdkServer != null) {
            jdkServer.stop(0);
            ((java.util.concurrent.ExecutorService) jdkServer.getExecutor()).shutdownNow();
        }
        sim.close();
    }

    /** Reads one HTTP/1.1 response with a Content-Length body; fails on anything but 200. */
    private static void readResponse(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int contentLength = -1;
        boolean firstLine = true;
        while (true) {
            line.setLength(0);
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            if (firstLine) {
                if (!line.toString().startsWith("HTTP/1.1 200")) {
                    throw new IOException("unexpected status line: " + line);
                }
                firstLine = false;
            } else if (line.length() == 0) {
                break;
            } else if (line.length() > 15 && line.substring(0, 15).equalsIgnoreCase("content-length:")) {
                contentLength = Integer.parseInt(line.substring(15).trim());
            }
        }
        if (contentLength < 0) {
            throw new IOException("no content-length");
        }
        in.readNBytes(contentLength);
    }
}
