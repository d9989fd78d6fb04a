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
package io.github.camelpalomma.api;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.DefaultHttpResponseParser;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.util.Identifiable;

/**
 * Connections that never log headers or wire bytes, read bounded answer heads, and end each exchange at its deadline.
 * <p>
 * HttpClient's own connections write the Authorization header (the API key) to the {@code org.apache.hc.client5.http.headers}
 * and {@code .wire} loggers whenever those are at DEBUG; with these, nothing of a request reaches any log, whatever the
 * logging configuration. An answer may carry at most {@value #MAX_HEADERS} headers of at most {@value #MAX_LINE} bytes each.
 * A socket timeout only bounds the gap between two reads, so each exchange also gets a deadline: every read of its answer is
 * given at most the time left (see {@link AttemptDeadline}).
 */
final class QuietConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {

    static final int MAX_HEADERS = 100;
    static final int MAX_LINE = 8 * 1024;

    private static final AtomicLong COUNTER = new AtomicLong();
    private static final Http1Config LIMITS = Http1Config.custom()
            .setMaxHeaderCount(MAX_HEADERS)
            .setMaxLineLength(MAX_LINE)
            .build();

    private final long attemptMillis;

    /** @param attemptMillis how long one exchange may take, from sending the request to the answer's last byte */
    QuietConnectionFactory(long attemptMillis) {
        this.attemptMillis = attemptMillis;
    }

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        QuietConnection connection = new QuietConnection("palomma-" + COUNTER.incrementAndGet(), attemptMillis);
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    private static final class QuietConnection extends DefaultBHttpClientConnection
            implements ManagedHttpClientConnection, Identifiable {

        private final String id;
        private final AttemptDeadline deadline;

        QuietConnection(String id, long attemptMillis) {
            // the parser is given the limits itself: the connection would build its own with none
            super(LIMITS, null, null, null, null, null, ignored -> new DefaultHttpResponseParser(LIMITS));
            this.id = id;
            this.deadline = new AttemptDeadline(attemptMillis);
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public void bind(Socket socket) throws IOException {
            bind(new SocketHolder(socket) {
                @Override
                protected java.io.InputStream getInputStream(Socket s) throws IOException {
                    return deadline.guard(s.getInputStream(), s);
                }
            });
        }

        @Override
        public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
            bind(new SocketHolder(sslSocket, socket) {
                @Override
                protected java.io.InputStream getInputStream(Socket s) throws IOException {
                    return deadline.guard(s.getInputStream(), s);
                }
            });
        }

        @Override
        public void sendRequestHeader(ClassicHttpRequest request) throws HttpException, IOException {
            deadline.start();
            super.sendRequestHeader(request);
        }

        @Override
        public Socket getSocket() {
            SocketHolder holder = getSocketHolder();
            return holder == null ? null : holder.getSocket();
        }

        @Override
        public SSLSession getSSLSession() {
            Socket socket = getSocket();
            return socket instanceof SSLSocket ssl ? ssl.getSession() : null;
        }

        @Override
        public void passivate() {
            // back in the pool: reads (such as the pool's stale check) are no longer part of an exchange
            deadline.clear();
        }

        @Override
        public void activate() {
            // the pool sets the socket timeout again on every lease
        }

        @Override
        public String toString() {
            return id;
        }
    }
}
