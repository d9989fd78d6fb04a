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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.Map;

import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.impl.HttpProcessors;
import org.apache.hc.core5.http.impl.bootstrap.HttpServer;
import org.apache.hc.core5.http.impl.bootstrap.ServerBootstrap;
import org.apache.hc.core5.http.io.HttpRequestHandler;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP server: httpcore5's classic (blocking, a thread per keep-alive connection) server, which measured faster
 * than the JDK's HttpServer on loopback (docs/benchmarks.md). It only adapts requests to the {@link Dispatcher}.
 */
final class HttpFront implements AutoCloseable {

    private final HttpServer server;

    HttpFront(String host, int port, Dispatcher dispatcher) throws IOException {
        HttpRequestHandler handler = handler(dispatcher);
        server = ServerBootstrap.bootstrap()
                .setLocalAddress(InetAddress.getByName(host))
                .setListenerPort(port)
                // set, so the bootstrap does not resolve the local host name (slow where DNS is)
                .setCanonicalHostName(host)
                // a fixed Server header: the default one reads httpcore5's version file off the class path, slowly
                .setHttpProcessor(HttpProcessors.server("PalommaSimulator"))
                .setSocketConfig(SocketConfig.custom()
                        .setTcpNoDelay(true)
                        .setSoReuseAddress(true)
                        .setSoTimeout(Timeout.ofMinutes(2))
                        .setBacklogSize(1024)
                        .build())
                .setExceptionListener(new org.apache.hc.core5.http.ExceptionListener() {
                    @Override
                    public void onError(Exception ex) {}

                    @Override
                    public void onError(org.apache.hc.core5.http.HttpConnection connection, Exception ex) {}
                })
                .setRequestRouter((request, context) -> handler)
                .create();
        server.start();
    }

    private static HttpRequestHandler handler(Dispatcher dispatcher) {
        // one handler for every host name: the simulator answers whatever authority the client used
        return (ClassicHttpRequest request, ClassicHttpResponse response, HttpContext context) -> {
            SimResponse answer;
            try {
                answer = dispatcher.dispatch(adapt(request, context));
            } catch (Dispatcher.DropConnection drop) {
                throw new SocketException(drop.getMessage());
            }
            response.setCode(answer.status);
            for (Map.Entry<String, String> header : answer.headers.entrySet()) {
                response.addHeader(header.getKey(), header.getValue());
            }
            response.setEntity(new ByteArrayEntity(answer.body, ContentType.parse(answer.contentType)));
        };
    }

    int port() {
        return server.getLocalPort();
    }

    private static SimRequest adapt(ClassicHttpRequest request, HttpContext context) throws IOException {
        String raw = request.getPath();
        int q = raw.indexOf('?');
        String path = q < 0 ? raw : raw.substring(0, q);
        Map<String, String> query = q < 0 ? Map.of() : SimRequest.parseQuery(raw.substring(q + 1));
        HttpEntity entity = request.getEntity();
        byte[] body = entity == null ? null : EntityUtils.toByteArray(entity);
        EndpointDetails endpoint = HttpCoreContext.cast(context).getEndpointDetails();
        InetAddress remote = endpoint != null && endpoint.getRemoteAddress() instanceof InetSocketAddress socket
                ? socket.getAddress()
                : null;
        return new SimRequest(
                request.getMethod(), path, query, value(request.getFirstHeader("Authorization")), body, remote);
    }

    private static String value(Header header) {
        return header == null ? null : header.getValue();
    }

    @Override
    public void close() {
        server.close(CloseMode.IMMEDIATE);
    }
}
