package io.github.camelpalomma.api;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * A pooled Apache HttpClient 5 (classic, blocking) shared by every endpoint with the same settings. It never retries by
 * itself: {@link PalommaClient} decides what may be tried again.
 */
public final class HttpTransport implements Closeable {

    /**
     * What came back: the status, the Retry-After header if any, and either the successful answer already parsed
     * ({@code value}, or {@code malformed} when it was not the JSON expected) or the raw body of anything else.
     */
    public record Answer(int status, String retryAfter, byte[] body, Object value, IOException malformed) {
    }

    /** Transport settings; endpoints with equal settings share one pool. */
    public record Settings(long connectTimeoutMillis, long responseTimeoutMillis, int maxConnections) {
    }

    private final Settings settings;
    private volatile Pool pool;

    /** The connection pool and the client over it, built on first use: loading HttpClient is kept out of start-up. */
    private record Pool(PoolingHttpClientConnectionManager connections, CloseableHttpClient http) {
    }

    public HttpTransport(Settings settings) {
        this.settings = settings;
    }

    private Pool pool() {
        Pool p = pool;
        if (p == null) {
            synchronized (this) {
                p = pool;
                if (p == null) {
                    pool = p = build(settings);
                }
            }
        }
        return p;
    }

    private static Pool build(Settings settings) {
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setConnectionFactory(new QuietConnectionFactory())
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMillis()))
                        .setSocketTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                        // a pooled connection idle this long is checked before reuse, so a server-closed one is not used
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build())
                .build();
        CloseableHttpClient http = HttpClients.custom()
                .setConnectionManager(connections)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                        .build())
                .build();
        return new Pool(connections, http);
    }

    /**
     * Sends one request. A 200 answer is parsed straight from the connection into {@code successType} (when given), with
     * no copy of its bytes; any other answer is read whole into {@link Answer#body()}.
     */
    public Answer execute(String method, URI uri, String authorization, byte[] body, JavaType successType)
            throws IOException {
        ClassicRequestBuilder builder = ClassicRequestBuilder.create(method).setUri(uri)
                .addHeader(HttpHeaders.AUTHORIZATION, authorization)
                .addHeader(HttpHeaders.ACCEPT, "application/json");
        if (body != null) {
            builder.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        }
        ClassicHttpRequest request = builder.build();
        return pool().http().execute(request, response -> {
            Header header = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
            String retryAfter = header == null ? null : header.getValue();
            HttpEntity entity = response.getEntity();
            if (response.getCode() == 200 && successType != null && entity != null) {
                try (InputStream in = entity.getContent()) {
                    return new Answer(200, retryAfter, null, Json.MAPPER.readValue(in, successType), null);
                } catch (JsonProcessingException malformed) {
                    return new Answer(200, retryAfter, null, null, malformed);
                }
            }
            return new Answer(response.getCode(), retryAfter, entity == null ? new byte[0] : body(entity), null, null);
        });
    }

    /**
     * The answer's bytes, read into an array of the announced length. (EntityUtils.toByteArray allocated two 4 KiB
     * buffers and a copy per answer: about 9 KB for an 870-byte payin link, 40 % of all a create allocated.)
     */
    private static byte[] body(HttpEntity entity) throws IOException {
        try (InputStream in = entity.getContent()) {
            if (in == null) {
                return new byte[0];
            }
            long length = entity.getContentLength();
            return length >= 0 && length < Integer.MAX_VALUE ? in.readNBytes((int) length) : in.readAllBytes();
        }
    }

    @Override
    public void close() throws IOException {
        Pool p = pool;
        if (p != null) {
            // the client owns the pool and closes it too
            p.http().close();
        }
    }
}
