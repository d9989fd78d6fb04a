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

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

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
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;

import io.github.camelpalomma.internal.Json;

/**
 * A pooled Apache HttpClient 5 (classic, blocking) shared by every endpoint with the same settings. It never retries by
 * itself: {@link PalommaClient} decides what may be tried again.
 */
final class HttpTransport implements Closeable {

    /**
     * What came back: the status, the Retry-After header if any, and either the successful (2xx) answer already parsed
     * ({@code value}, or {@code malformed} when it was not the JSON expected) or the raw body of anything else;
     * {@code malformed} is a {@link TooLarge} when the answer was larger than allowed and was not read.
     */
    public record Answer(int status, String retryAfter, byte[] body, Object value, IOException malformed) {

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    /** An answer larger than {@link PoolSettings#maxResponseSize()}; it was not read. */
    public static final class TooLarge extends IOException {
        TooLarge(int maxResponseSize) {
            super("an answer larger than maxResponseSize (" + maxResponseSize + " bytes); it was not read");
        }
    }

    private final PoolSettings settings;
    /** The client over its connection pool, built on first use: loading HttpClient is kept out of start-up. */
    private volatile CloseableHttpClient http;

    HttpTransport(PoolSettings settings) {
        this.settings = settings;
    }

    private CloseableHttpClient http() {
        CloseableHttpClient h = http;
        if (h == null) {
            synchronized (this) {
                h = http;
                if (h == null) {
                    http = h = build(settings);
                }
            }
        }
        return h;
    }

    private static CloseableHttpClient build(PoolSettings settings) {
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setConnectionFactory(new QuietConnectionFactory(settings.responseTimeoutMillis()))
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMillis()))
                        .setSocketTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                        // a pooled connection idle this long is checked before reuse, so a server-closed one is not
                        // used
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build())
                .build();
        return HttpClients.custom()
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
    }

    /**
     * Sends one request. A 2xx answer is parsed straight from the connection into {@code successType} (when given), with
     * no copy of its bytes; any other answer is read whole into {@link Answer#body()}. Either is read only up to
     * maxResponseSize; beyond it the connection is dropped rather than drained.
     */
    public Answer execute(String method, URI uri, String authorization, byte[] body, JavaType successType)
            throws IOException {
        ClassicRequestBuilder builder = ClassicRequestBuilder.create(method)
                .setUri(uri)
                .addHeader(HttpHeaders.AUTHORIZATION, authorization)
                .addHeader(HttpHeaders.ACCEPT, "application/json");
        if (body != null) {
            builder.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        }
        ClassicHttpRequest request = builder.build();
        int max = settings.maxResponseSize();
        return http().execute(request, response -> {
            int status = response.getCode();
            Header header = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
            String retryAfter = header == null ? null : header.getValue();
            HttpEntity entity = response.getEntity();
            if (entity == null) {
                return new Answer(
                        status,
                        retryAfter,
                        new byte[0],
                        null,
                        successType == null ? null : new IOException("the answer has no body"));
            }
            InputStream content = entity.getContent();
            long length = entity.getContentLength();
            try {
                if (length > max) {
                    throw new TooLarge(max);
                }
                if (status >= 200 && status < 300 && successType != null) {
                    // an announced length was checked above; only an unannounced one is counted while reading
                    InputStream in = length >= 0 ? content : new CappedInputStream(content, max);
                    Object value = Json.reader().forType(successType).readValue(in);
                    in.close();
                    return new Answer(status, retryAfter, null, value, null);
                }
                return new Answer(status, retryAfter, body(content, length, max), null, null);
            } catch (TooLarge | JsonProcessingException unread) {
                abort(content);
                return new Answer(status, retryAfter, null, null, unread);
            }
        });
    }

    /**
     * The answer's bytes, read into an array of the announced length. (EntityUtils.toByteArray allocated two 4 KiB
     * buffers and a copy per answer: about 9 KB for an 870-byte payin link, 40 % of all a create allocated.)
     */
    private static byte[] body(InputStream content, long length, int max) throws IOException {
        if (content == null) {
            return new byte[0];
        }
        byte[] bytes = content.readNBytes(length >= 0 ? (int) length : max + 1);
        if (bytes.length > max) {
            throw new TooLarge(max);
        }
        content.close();
        return bytes;
    }

    /** Drops the connection under an answer that was not read to its end, instead of draining it for reuse. */
    private static void abort(InputStream content) throws IOException {
        if (content instanceof EofSensorInputStream sensor) {
            sensor.abort();
        } else if (content != null) {
            content.close();
        }
    }

    @Override
    public void close() throws IOException {
        CloseableHttpClient h = http;
        if (h != null) {
            // the client owns the pool and closes it too
            h.close();
        }
    }
}
