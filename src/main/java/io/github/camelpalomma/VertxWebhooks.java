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
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The webhook path on Camel's Vert.x server, ahead of everything else there: refuses a body over maxBodySize from its
 * Content-Length before reading it, counts a chunked one as it arrives and cuts it off, and closes a connection whose
 * body stalls. By default what passes goes on, buffered within the limit, to the platform-http consumer; with
 * {@code webhookEventLoop=true} it is dispatched right here, on the event loop, and the body is counted, never kept.
 * Only loaded when camel-platform-http-vertx is there.
 */
final class VertxWebhooks {

    private final WebhookDispatcher dispatcher;
    private final Vertx vertx;
    private final boolean eventLoop;
    private final BodyHandler bodyHandler = BodyHandler.create(false);

    private VertxWebhooks(WebhookDispatcher dispatcher, Vertx vertx, boolean eventLoop) {
        this.dispatcher = dispatcher;
        this.vertx = vertx;
        this.eventLoop = eventLoop;
    }

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
        long idle = dispatcher.idleTimeout();
        long timer = idle > 0 ? vertx.setTimer(idle, id -> stalled(ctx)) : -1;
        if (timer >= 0) {
            ctx.addEndHandler(done -> vertx.cancelTimer(timer));
        }
        if (!eventLoop) {
            bodyHandler.setBodyLimit(max);
            bodyHandler.handle(ctx); // then on to the platform-http consumer's route, whose body handler sees it done
            return;
        }
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

    private void dispatch(RoutingContext ctx, long length) {
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

    /** Failures on this path: the body handler's 413, or a connection lost mid-body; anything else goes on. */
    private void failure(RoutingContext ctx) {
        if (ctx.statusCode() == 413) {
            refuse(ctx, 413, dispatcher.tooLarge(dispatcher.maxBodySize()));
        } else if (ctx.response().closed() || !ctx.request().isEnded() && ctx.failure() != null) {
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
