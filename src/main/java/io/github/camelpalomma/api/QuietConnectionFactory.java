package io.github.camelpalomma.api;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.util.Identifiable;

/**
 * Connections that never log headers or wire bytes. HttpClient's own connections write the Authorization header (the API
 * key) to the {@code org.apache.hc.client5.http.headers} and {@code .wire} loggers whenever those are at DEBUG; with these,
 * nothing of a request reaches any log, whatever the logging configuration.
 */
final class QuietConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {

    private static final AtomicLong COUNTER = new AtomicLong();

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        QuietConnection connection = new QuietConnection("palomma-" + COUNTER.incrementAndGet());
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    private static final class QuietConnection extends DefaultBHttpClientConnection
            implements ManagedHttpClientConnection, Identifiable {

        private final String id;

        QuietConnection(String id) {
            super(Http1Config.DEFAULT);
            this.id = id;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public void bind(Socket socket) throws IOException {
            super.bind(socket);
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
            // nothing to reset: the pool sets the socket timeout again on every lease
        }

        @Override
        public void activate() {
            // see passivate
        }

        @Override
        public String toString() {
            return id;
        }
    }
}
