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
package io.github.camelpalomma.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 that records every request exactly as it arrived and answers with Palomma's documented
 * example objects (src/test/resources/fixtures), or with answers a test queued. For wire-level assertions; behaviour
 * tests use the simulator.
 */
public final class RecordingPalomma implements AutoCloseable {

    /** A request as received. */
    public record Recorded(String method, String path, String query, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        /** A query parameter, URL-decoded; null when absent. */
        public String param(String name) {
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals(name)) {
                    return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
            return null;
        }
    }

    /** An answer queued by a test. */
    public record Answer(int status, String body, Map<String, String> headers) {
        public static Answer of(int status, String body) {
            return new Answer(status, body, Map.of());
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Queue<Answer> queued = new ConcurrentLinkedQueue<>();
    private volatile Function<Recorded, Answer> behaviour;

    public RecordingPalomma() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v0";
    }

    public List<Recorded> requests() {
        return requests;
    }

    public Recorded last() {
        return requests.get(requests.size() - 1);
    }

    /** The next request is answered with this instead of a fixture. */
    public void enqueue(Answer answer) {
        queued.add(answer);
    }

    /** Every later request is answered by this function (null: fall back to the fixtures); queued answers come first. */
    public void answerWith(Function<Recorded, Answer> newBehaviour) {
        this.behaviour = newBehaviour;
    }

    public static String fixture(String resource) {
        try (InputStream in = RecordingPalomma.class.getResourceAsStream("/fixtures/" + resource + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("no fixture for " + resource, e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getRawPath();
        Recorded recorded = new Recorded(
                exchange.getRequestMethod(),
                path,
                exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()),
                body);
        requests.add(recorded);
        Answer answer = queued.poll();
        Function<Recorded, Answer> custom = behaviour;
        if (answer == null && custom != null) {
            answer = custom.apply(recorded);
        }
        if (answer == null) {
            answer = Answer.of(200, fixtureFor(exchange.getRequestMethod(), path));
        }
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String fixtureFor(String method, String path) {
        String[] parts = path.replaceFirst("^/v0/", "").split("/");
        boolean settlements = parts.length >= 3 && parts[0].equals("merchantAccounts");
        String resource = settlements ? "payinSettlements" : parts[0];
        boolean single = method.equals("POST") || parts.length == (settlements ? 4 : 2);
        String item = fixture(resource);
        return single ? item : "{\"items\":[" + item + "],\"cursor\":null,\"count\":1}";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
