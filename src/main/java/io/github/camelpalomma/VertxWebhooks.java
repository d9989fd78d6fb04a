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

import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;

/**
 * The webhook path on Camel's Vert.x server, ahead of everything else there: refuses a body over maxBodySize from its
 * Content-Length before reading it, counts a chunked one as it arrives and cuts it off, and closes a connection whose
 * body stalls. The body is counted, never kept (the dispatcher verifies the signed X-Encoded-Data header). Deliveries
 * are dispatched on a worker thread, as platform-http runs its consumers, or with {@code webhookEventLoop=true} right
 * here, on the event loop. Only loaded when camel-platform-http-vertx is there.
 */
record VertxWebhooks(WebhookDispatcher dispatcher, Vertx vertx, boolean eventLoop) {

    /** Whether the context has Camel's Vert.x server (call only when camel-platform-http-vertx is there). */
    static boolean hasRouter(CamelContext context) {
        return router(context) != null;
    }

    /** The path on Camel's Vert.x server, as a client on this host reaches it. */
    static String localUrl(CamelContext context, String path) {
        VertxPlatformHttpRouter router = router(context);
        if (router == null || router.getServer() == null) {
            return null;
        }
        String host = router.getServer().getHost();
        if (host == null || host.isBlank() || "0.0.0.0".equals(host) || "::".equals(host)) {
            host = "127.0.0.1";
        }
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + router.getServer().getPort() + path;
    }

    /** Adds the path to the router, ahead of any route added later for it; closing the result removes it. */
    static AutoCloseable route(CamelContext context, String path, WebhookDispatcher dispatcher, boolean eventLoop) {
        VertxPlatformHttpRouter router = router(context);
        if (router == null) {
            throw new IllegalStateException("webhookEventLoop=true needs Camel's Vert.x platform-http server "
                    + "(camel-platform-http-vertx; under Camel Main set camel.server.enabled=true)");
        }
        if (dispatcher.idleTimeout() > 0 && router.getServer() != null) {
            ServerIdleTimeout.apply(router.getServer().getServer(), dispatcher.idleTimeout());
        }
        VertxWebhooks door = new VertxWebhooks(dispatcher, router.vertx(), eventLoop);
        Route route = router.route(path).handler(door::handle).failureHandler(door::failure);
        return route::remove;
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        long max = dispatcher.maxBodySize();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length, max)) {
            refuse(ctx, 413, dispatcher.tooLarge(max));
            return;
        }
        if (request.isEnded()) {
            dispatch(ctx, 0);
            return;
        }
        long idle = dispatcher.idleTimeout();
        long timer = idle > 0 ? vertx.setTimer(idle, id -> stalled(ctx)) : -1;
        if (timer >= 0) {
            ctx.addEndHandler(done -> vertx.cancelTimer(timer));
        }
        // the body is only counted: what is verified is the signed X-Encoded-Data header
        long[] received = {0};
        request.handler(buffer -> {
            received[0] += buffer.length();
            if (received[0] > max && received[0] - buffer.length() <= max) {
                refuse(ctx, 413, dispatcher.tooLarge(max));
            }
        });
        request.exceptionHandler(e -> aborted(ctx));
        request.endHandler(end -> {
            if (received[0] <= max && !ctx.response().ended()) {
                dispatch(ctx, received[0]);
            }
        });
        request.resume();
    }

    /** On the event loop, or (by default) on a worker thread, as platform-http runs its consumers. */
    private void dispatch(RoutingContext ctx, long length) {
        if (eventLoop) {
            answer(ctx, length);
            return;
        }
        vertx.executeBlocking(
                        () -> {
                            answer(ctx, length);
                            return null;
                        },
                        false)
                .onFailure(e -> {
                    if (!ctx.response().ended()) {
                        ctx.response().setStatusCode(500).end();
                    }
                });
    }

    private void answer(RoutingContext ctx, long length) {
        HttpServerRequest request = ctx.request();
        dispatcher.handle(new VertxDelivery(request, length), status -> {
            HttpServerResponse response = ctx.response();
            response.setStatusCode(status);
            if (status == 405) {
                response.putHeader("Allow", "POST");
            } else if (status == 503) {
                response.putHeader("Retry-After", WebhookDispatcher.RETRY_AFTER);
            }
            response.end();
        });
    }

    /** A failure on this path: a connection lost mid-body is a refusal like the others; anything else goes on. */
    private void failure(RoutingContext ctx) {
        if (!ctx.request().isEnded()) {
            aborted(ctx);
        } else {
            ctx.next();
        }
    }

    private void stalled(RoutingContext ctx) {
        if (!ctx.request().isEnded() && !ctx.response().ended()) {
            refuse(ctx, 408, "the body did not arrive within idleTimeout");
        }
    }

    private void aborted(RoutingContext ctx) {
        if (!ctx.response().ended()) {
            dispatcher.refused(0, "the client closed the connection before the body was complete");
            ctx.request().connection().close();
        }
    }

    /** Answers and closes the connection, so that nothing more of the body is read. */
    private void refuse(RoutingContext ctx, int status, String reason) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        dispatcher.refused(status, reason);
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .end()
                .onComplete(sent -> ctx.request().connection().close());
    }

    private static boolean tooLong(String contentLength, long max) {
        try {
            return Long.parseLong(contentLength.trim()) > max;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** The main server's router; a server started by hand (as in tests) has no type, so then the only one there is. */
    private static VertxPlatformHttpRouter router(CamelContext context) {
        Set<VertxPlatformHttpRouter> routers = context.getRegistry().findByType(VertxPlatformHttpRouter.class);
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
