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
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.MessageConstraintException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelpalomma.internal.Json;
import io.github.camelpalomma.model.PalommaOperation;

/**
 * Runs the calls of {@link ApiCalls} against one base URL with one API key: builds the request, retries what is safe to
 * retry, turns answers into models and failures into {@link PalommaApiException}. Usable without Camel.
 * <p>
 * Creates are never re-sent blindly: Palomma v0 has no idempotency key, so when a create fails in a way that leaves open
 * whether Palomma processed it, the resource is first looked up by its {@code reference}, and sent again only when absent.
 */
public final class PalommaClient {

    private static final Logger LOG = LoggerFactory.getLogger(PalommaClient.class);

    private final HttpTransport transport;
    private final String baseUrl;
    private final String authorization;
    private final RetryPolicy retryPolicy;
    private final long responseTimeoutMillis;
    private final Map<String, URI> fixedUris = new ConcurrentHashMap<>();
    private final LongAdder calls = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder latencyNanos = new LongAdder();

    /**
     * @param responseTimeoutMillis how long one attempt may take; after a timeout, a create is looked up for that long
     *                              before it is sent again, since Palomma may still be working on it
     * @throws IllegalArgumentException when the API key holds characters an HTTP header cannot carry
     */
    PalommaClient(
            HttpTransport transport,
            String baseUrl,
            String apiKey,
            RetryPolicy retryPolicy,
            long responseTimeoutMillis) {
        checkApiKey(apiKey);
        this.transport = transport;
        this.responseTimeoutMillis = responseTimeoutMillis;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Bearer " + apiKey;
        this.retryPolicy = retryPolicy;
    }

    /** Refuses a key that would be rewritten on its way into the Authorization header; never shows the key. */
    private static void checkApiKey(String apiKey) {
        if (apiKey == null) {
            return;
        }
        for (int i = 0; i < apiKey.length(); i++) {
            char c = apiKey.charAt(i);
            if (c < 0x20 || c == 0x7f || c > 0xff) {
                throw new IllegalArgumentException(
                        "apiKey holds a character an HTTP header cannot carry (at position " + i
                                + ": " + (c > 0xff ? "outside Latin-1" : "a control character such as a line break")
                                + "); check how the key was copied into the configuration");
            }
        }
    }

    /**
     * Runs one call.
     *
     * @param variables path variables (id, merchantAccountId, settlementsPath)
     * @param query     query parameters; null values are left out
     * @param body      the JSON body of a create, already validated; null for reads
     * @param reference the create's reference, used to find the resource after an ambiguous failure; may be null
     */
    public Object call(
            ApiCall call, Map<String, String> variables, Map<String, String> query, byte[] body, String reference) {
        return call(call, variables, query, body, reference, call.answerType());
    }

    Object call(
            ApiCall call,
            Map<String, String> variables,
            Map<String, String> query,
            byte[] body,
            String reference,
            JavaType answerType) {
        URI uri = uriOf(call, variables, query);
        long started = System.nanoTime();
        int retry = 0;
        while (true) {
            Failure failure;
            try {
                HttpTransport.Answer answer = send(call, uri, body, answerType);
                if (answer.malformed() == null && answer.isSuccess()) {
                    return answer.value();
                }
                failure = Failure.of(answer);
            } catch (MessageConstraintException e) {
                failure = new Failure(
                        0,
                        "the answer's headers break the limits (at most " + QuietConnectionFactory.MAX_HEADERS
                                + " headers of at most " + QuietConnectionFactory.MAX_LINE + " bytes each)",
                        false,
                        true,
                        null,
                        e,
                        false);
            } catch (IOException e) {
                failure = new Failure(0, describe(e), true, !wasNotSent(e), null, e, isTimeout(e));
            }
            if (call.isCreate() && failure.ambiguous()) {
                Object existing = recover(call, body, reference, failure, started);
                if (existing != null) {
                    LOG.debug(
                            "{} {} failed ambiguously; found it by reference, not sending it again",
                            call.resource(),
                            call.operation());
                    return existing;
                }
            }
            if (!failure.retryable()) {
                throw failure.toException(call);
            }
            retry++;
            long delay = retryPolicy.delayBefore(retry, started, failure.retryAfter());
            if (delay < 0) {
                throw failure.toException(call);
            }
            retries.increment();
            LOG.debug(
                    "{} {} failed ({}); retry {} in {} ms",
                    call.resource(),
                    call.operation(),
                    failure.status(),
                    retry,
                    delay);
            sleep(delay, call);
        }
    }

    /**
     * The resource a create that failed ambiguously stored, or null when Palomma holds none matching it. After a timeout
     * Palomma may still be processing the create, so the lookup is repeated, backing off, for up to the response timeout
     * (and within the call's deadline) before it counts as not stored.
     */
    private Object recover(ApiCall create, byte[] body, String reference, Failure failure, long started) {
        if (reference == null || reference.isBlank()) {
            throw new PalommaCreateOutcomeUnknownException(
                    failure.status(),
                    failure.message() + ". Palomma may or may not "
                            + "have created the resource, and without a reference it cannot be looked up, so it was not sent "
                            + "again. Set a unique reference on creates to make them safe to retry",
                    create.resource().name(),
                    null,
                    failure.cause());
        }
        CreateRecovery recovery = new CreateRecovery(this, create, body, reference, failure.status());
        long until = System.nanoTime() + (failure.mayStillRun() ? responseTimeoutMillis : 0) * 1_000_000;
        int lookup = 0;
        while (true) {
            Object found = recovery.find();
            if (found != null) {
                return found;
            }
            long left = (until - System.nanoTime()) / 1_000_000;
            // the lookups are bounded by the window and the call's deadline, not by maxRetries
            long delay = Math.min(Math.max(retryPolicy.backoff(++lookup), 1), left);
            if (left <= 0 || !retryPolicy.fitsDeadline(delay, started)) {
                return null;
            }
            sleep(delay, create);
        }
    }

    private HttpTransport.Answer send(ApiCall call, URI uri, byte[] body, JavaType answerType) throws IOException {
        long t0 = System.nanoTime();
        calls.increment();
        try {
            HttpTransport.Answer answer = transport.execute(call.method(), uri, authorization, body, answerType);
            if (LOG.isDebugEnabled()) {
                LOG.debug(
                        "{} {} -> {} in {} us",
                        call.method(),
                        call.path(),
                        answer.status(),
                        (System.nanoTime() - t0) / 1000);
            }
            return answer;
        } catch (IOException e) {
            failures.increment();
            throw e;
        } finally {
            latencyNanos.add(System.nanoTime() - t0);
        }
    }

    /** True when the request surely never reached Palomma, so sending it again cannot create a second resource. */
    private static boolean wasNotSent(IOException e) {
        return e instanceof ConnectException
                || e instanceof ConnectTimeoutException
                || e instanceof UnknownHostException;
    }

    /** The answer did not come in time; the request itself may still be running at Palomma. */
    private static boolean isTimeout(IOException e) {
        return e instanceof java.net.SocketTimeoutException
                || (e instanceof InterruptedIOException && !(e instanceof ConnectTimeoutException));
    }

    private static String describe(IOException e) {
        if (e instanceof InterruptedIOException && !(e instanceof ConnectTimeoutException)) {
            return "no answer within the response timeout (" + e.getClass().getSimpleName() + ")";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
    }

    private static String apiMessage(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode node = Json.reader().readTree(body);
            if (node != null && node.hasNonNull("message")) {
                return node.get("message").asText();
            }
        } catch (IOException notJson) {
            // fall through: show the start of whatever came back
        }
        String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
        return firstLine(text);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return null;
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** The request URI; for calls without variables or query (creates, plain lists) it is built once and kept. */
    private URI uriOf(ApiCall call, Map<String, String> variables, Map<String, String> query) {
        String queryString = queryString(query);
        if (variables.isEmpty() && queryString.isEmpty() && call.path().indexOf('{') < 0) {
            // keyed by the path: a String's hash is cached, a record's is computed over all its components each call
            return fixedUris.computeIfAbsent(call.path(), path -> URI.create(baseUrl + path));
        }
        return URI.create(baseUrl + call.expand(variables) + queryString);
    }

    private static String queryString(Map<String, String> query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : query.entrySet()) {
            if (e.getValue() != null) {
                sb.append(sb.length() == 0 ? '?' : '&')
                        .append(e.getKey())
                        .append('=')
                        .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }

    private static void sleep(long millis, ApiCall call) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PalommaApiException(
                    0,
                    "interrupted while waiting to retry",
                    call.resource().name(),
                    call.operation().name(),
                    true,
                    e);
        }
    }

    /**
     * One GET of the merchant accounts, without retries: the HTTP status Palomma answered, or 0 when it could not be
     * reached. For health checks.
     */
    public int probe() {
        ApiCall list = ApiCalls.find(
                        io.github.camelpalomma.model.PalommaResource.merchantAccounts, PalommaOperation.list)
                .orElseThrow();
        try {
            return send(list, URI.create(baseUrl + list.path() + "?limit=1"), null, null)
                    .status();
        } catch (IOException e) {
            return 0;
        }
    }

    public long calls() {
        return calls.sum();
    }

    public long retries() {
        return retries.sum();
    }

    public long failures() {
        return failures.sum();
    }

    /** Sum of the time spent in HTTP exchanges, in nanoseconds. */
    public long latencyNanos() {
        return latencyNanos.sum();
    }

    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public String toString() {
        return "PalommaClient[" + baseUrl + "]";
    }

    /**
     * Why an attempt failed. {@code ambiguous}: Palomma may have processed the request; {@code mayStillRun}: it may still
     * be processing it.
     */
    private record Failure(
            int status,
            String message,
            boolean retryable,
            boolean ambiguous,
            String retryAfter,
            Throwable cause,
            boolean mayStillRun) {

        static Failure of(HttpTransport.Answer answer) {
            int status = answer.status();
            IOException unread = answer.malformed();
            if (answer.isSuccess()) {
                // like a lost answer: a create is looked up; a read whose answer was garbled may do better on a second
                // try
                String why = unread instanceof HttpTransport.TooLarge
                        ? unread.getMessage()
                        : "the answer is not the JSON Palomma documents: " + firstLine(unread.getMessage());
                return new Failure(status, why, !(unread instanceof HttpTransport.TooLarge), true, null, unread, false);
            }
            boolean retryable = RetryPolicy.isRetryableStatus(status);
            String message = unread != null ? unread.getMessage() : apiMessage(answer.body());
            // a 429 means Palomma refused to look at the request; any 5xx leaves open whether it was processed
            return new Failure(status, message, retryable, status >= 500, answer.retryAfter(), unread, false);
        }

        PalommaApiException toException(ApiCall call) {
            return new PalommaApiException(
                            status,
                            message,
                            call.resource().name(),
                            call.operation().name(),
                            retryable,
                            cause)
                    .retryAfter(RetryPolicy.retryAfterMillis(retryAfter));
        }
    }
}
