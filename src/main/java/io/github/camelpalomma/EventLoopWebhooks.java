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
package io.github.camelpalomma;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Route;

/**
 * {@code webhookEventLoop=true}: deliveries handled on Camel's own Vert.x router, on the event loop, with no hand-off to a
 * worker thread. The signature check, the dedupe and the route all run there, so the route must never block. Only
 * loaded when asked for; camel-platform-http-vertx is then required.
 */
final class EventLoopWebhooks {

    private EventLoopWebhooks() {}

    /** Adds the path to the router; closing the result removes it. */
    static AutoCloseable route(CamelContext context, String path, WebhookDispatcher dispatcher) {
        VertxPlatformHttpRouter router = router(context);
        if (router == null) {
            throw new IllegalStateException("webhookEventLoop=true needs Camel's Vert.x platform-http server "
                    + "(camel-platform-http-vertx; under Camel Main set camel.server.enabled=true)");
        }
        Route route = router.route(path).handler(ctx -> {
            HttpServerRequest request = ctx.request();
            request.body().onComplete(body -> {
                HttpServerResponse response = ctx.response();
                if (body.failed()) {
                    response.setStatusCode(400).end();
                    return;
                }
                long length = body.result().length();
                dispatcher.handle(new VertxDelivery(request, length), status -> {
                    response.setStatusCode(status);
                    if (status == 405) {
                        response.putHeader("Allow", "POST");
                    } else if (status == 503) {
                        response.putHeader("Retry-After", WebhookDispatcher.RETRY_AFTER);
                    }
                    response.end();
                });
            });
        });
        return route::remove;
    }

    /** The main server's router; a server started by hand (as in tests) has no type, so then the only one there is. */
    private static VertxPlatformHttpRouter router(CamelContext context) {
        java.util.Set<VertxPlatformHttpRouter> routers =
                context.getRegistry().findByType(VertxPlatformHttpRouter.class);
        for (VertxPlatformHttpRouter router : routers) {
            if (router.isMainServer()) {
                return router;
            }
        }
        routers.removeIf(VertxPlatformHttpRouter::isManagementServer);
        return routers.size() == 1 ? routers.iterator().next() : VertxPlatformHttpRouter.lookup(context);
    }

    private record VertxDelivery(HttpServerRequest request, long length) implements WebhookDispatcher.Delivery {
        @Override
        public String method() {
            return request.method().name();
        }

        @Override
        public String header(String name) {
            return request.getHeader(name);
        }
    }
}
