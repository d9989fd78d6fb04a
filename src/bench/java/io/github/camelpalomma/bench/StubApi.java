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

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

/**
 * The minimal Palomma stand-in the outbound and listAll scenarios call (not the simulator): Vert.x on 127.0.0.1, one
 * server instance per core, answering {@code POST /v0/payinLinks} with the payin link fixture (lengthened to 872 bytes) and
 * {@code GET /v0/customers} with generated pages. It runs in the harness JVM, not in the measured one.
 */
final class StubApi implements AutoCloseable {

    private final Vertx vertx;
    private final int port;
    private final LongAdder served = new LongAdder();

    private StubApi(Vertx vertx, int port) {
        this.vertx = vertx;
        this.port = port;
    }

    static StubApi start(CustomerPages pages) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(cores).setWorkerPoolSize(1));
        int port = FreePort.find();
        byte[] payinLink = Fixtures.payinLink("01HPR5TEDFKT498V8CYY3RPCXP", Fixtures.PAYIN_LINK_BYTES)
                .getBytes(StandardCharsets.UTF_8);
        StubApi stub = new StubApi(vertx, port);
        vertx.deployVerticle(
                        () -> new Server(port, payinLink, pages, stub.served),
                        new DeploymentOptions().setInstances(cores))
                .toCompletionStage()
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        return stub;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port + "/v0";
    }

    long served() {
        return served.sum();
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** One event loop's share of the server. */
    private static final class Server extends AbstractVerticle {
        private final int port;
        private final byte[] payinLink;
        private final CustomerPages pages;
        private final LongAdder served;

        Server(int port, byte[] payinLink, CustomerPages pages, LongAdder served) {
            this.port = port;
            this.payinLink = payinLink;
            this.pages = pages;
            this.served = served;
        }

        @Override
        public void start(io.vertx.core.Promise<Void> started) {
            vertx.createHttpServer()
                    .requestHandler(this::handle)
                    .listen(port, "127.0.0.1")
                    .<Void>mapEmpty()
                    .onComplete(started);
        }

        private void handle(HttpServerRequest request) {
            String path = request.path();
            if (request.method() == HttpMethod.POST && path.equals("/v0/payinLinks")) {
                request.body().onSuccess(ignored -> answer(request, payinLink));
            } else if (request.method() == HttpMethod.GET && path.equals("/v0/customers")) {
                String limit = request.getParam("limit");
                answer(request, pages.page(request.getParam("cursor"), limit == null ? 100 : Integer.parseInt(limit)));
            } else {
                request.response().setStatusCode(404).end();
            }
        }

        private void answer(HttpServerRequest request, byte[] json) {
            served.increment();
            request.response()
                    .setStatusCode(200)
                    .putHeader("Content-Type", "application/json")
                    .end(Buffer.buffer(json));
        }
    }
}
