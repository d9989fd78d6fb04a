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

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/** A tiny webhook endpoint for tests: records every POST; answers 500 to the first {@code failFirst} of them. */
final class WebhookReceiver implements AutoCloseable {

    record Received(String body, String encodedData, String signature, String contentType) {}

    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failFirst = new AtomicInteger();
    /** The first {@code stallFirst} deliveries are answered only after {@code stallMillis}. */
    final AtomicInteger stallFirst = new AtomicInteger();

    volatile long stallMillis;
    private final HttpServer server;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(
                    body,
                    exchange.getRequestHeaders().getFirst("X-Encoded-Data"),
                    exchange.getRequestHeaders().getFirst("X-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type")));
            if (stallFirst.getAndDecrement() > 0) {
                try {
                    Thread.sleep(stallMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = failFirst.getAndDecrement() > 0 ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
