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

import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;

/**
 * Gives Camel's Vert.x HTTP server an idle timeout, so that connections on which nothing is sent are closed. Camel's
 * server configuration has no such option and Vert.x takes none once the server listens, but Vert.x reads its options
 * for every new connection: the timeout is set on the options the running server holds, when none is set. Should a
 * Vert.x version keep them elsewhere, a WARN says that idle connections stay open.
 */
final class ServerIdleTimeout {

    private static final Logger LOG = LoggerFactory.getLogger(ServerIdleTimeout.class);

    private ServerIdleTimeout() {}

    static void apply(HttpServer server, long millis) {
        if (server == null) {
            return;
        }
        try {
            HttpServerOptions options = options(server);
            synchronized (options) {
                if (options.getIdleTimeout() > 0) {
                    return;
                }
                options.setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                        .setIdleTimeout((int) Math.min(millis, Integer.MAX_VALUE));
            }
            LOG.info(
                    "Connections to the HTTP server that stay silent for {} ms are closed (palomma idleTimeout)",
                    millis);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn(
                    "Could not give the Vert.x HTTP server an idle timeout ({}): connections that send nothing stay open "
                            + "until their client closes them. A reverse proxy with an idle timeout in front closes them.",
                    e.toString());
        }
    }

    private static HttpServerOptions options(HttpServer server) throws ReflectiveOperationException {
        for (Class<?> type = server.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == HttpServerOptions.class) {
                    field.setAccessible(true);
                    return (HttpServerOptions) field.get(server);
                }
            }
        }
        throw new NoSuchFieldException(
                "HttpServerOptions in " + server.getClass().getName());
    }
}
