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

import java.util.concurrent.TimeUnit;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

/**
 * The limit: a bare Vert.x HTTP server, one instance per core on a shared port, doing {@link WebhookWork} on the event
 * loop and answering 200 with an empty body (401 forged, 400 malformed, 405/404 otherwise).
 */
final class RawVertxReceiver implements WebhookReceiver {

    private Vertx vertx;

    @Override
    public void start(int port, String integrityKey, WebhookCounters counters) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(cores));
        WebhookWork work = new WebhookWork(integrityKey, counters);
        vertx.deployVerticle(() -> new Server(port, work), new DeploymentOptions().setInstances(cores))
                .toCompletionStage()
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** One event loop's server. */
    private static final class Server extends AbstractVerticle {
        private final int port;
        private final WebhookWork work;

        Server(int port, WebhookWork work) {
            this.port = port;
            this.work = work;
        }

        @Override
        public void start(Promise<Void> started) {
            vertx.createHttpServer()
                    .requestHandler(this::handle)
                    .listen(port, "127.0.0.1")
                    .<Void>mapEmpty()
                    .onComplete(started);
        }

        private void handle(HttpServerRequest request) {
            if (!request.path().equals(PATH)) {
                request.response().setStatusCode(404).end();
                return;
            }
            if (request.method() != HttpMethod.POST) {
                request.response().setStatusCode(405).end();
                return;
            }
            request.body().onSuccess(body -> {
                WebhookWork.Outcome outcome =
                        work.check(request.getHeader("X-Encoded-Data"), request.getHeader("X-Signature"));
                if (outcome == WebhookWork.Outcome.ACCEPTED) {
                    work.counters().handedOn.increment();
                }
                request.response().setStatusCode(outcome.status).end();
            });
        }
    }
}
