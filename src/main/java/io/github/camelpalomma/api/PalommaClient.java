package io.github.camelpalomma.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URLEncoder;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelpalomma.PalommaOperation;
import io.github.camelpalomma.model.Page;
import io.github.camelpalomma.model.PalommaResourceObject;

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
    private final Map<ApiCall, URI> fixedUris = new ConcurrentHashMap<>();
    private final LongAdder calls = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder latencyNanos = new LongAdder();

    /**
     * @param responseTimeoutMillis how long a request may take; after a timeout, a create is looked up for that long
     *                              before it is sent again, since Palomma may still be working on it
     */
    public PalommaClient(HttpTransport transport, String baseUrl, String apiKey, RetryPolicy retryPolicy,
                         long responseTimeoutMillis) {
        this.transport = transport;
        this.responseTimeoutMillis = responseTimeoutMillis;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Bearer " + apiKey;
        this.retryPolicy = retryPolicy;
    }

    /**
     * Runs one call.
     *
     * @param variables path variables (id, merchantAccountId, settlementsPath)
     * @param query     query parameters; null values are left out
     * @param body      the JSON body of a create, already validated; null for reads
     * @param reference the create's reference, used to find the resource after an ambiguous failure; may be null
     */
    public Object call(ApiCall call, Map<String, String> variables, Map<String, String> query, byte[] body, String reference) {
        URI uri = uriOf(call, variables, query);
        long started = System.nanoTime();
        int retry = 0;
        while (true) {
            Failure failure;
            try {
                HttpTransport.Answer answer = send(call, uri, body, call.answerType());
                if (answer.status() == 200 && answer.malformed() == null) {
                    return answer.value();
                } else if (answer.status() == 200) {
                    failure = new Failure(200, "the answer is not the JSON Palomma documents: "
                                               + firstLine(answer.malformed().getMessage()), true, true, null,
                            answer.malformed());
                } else {
                    boolean retryable = RetryPolicy.isRetryableStatus(answer.status());
                    // a 429 means Palomma refused to look at the request; any 5xx leaves open whether it was processed
                    failure = new Failure(answer.status(), apiMessage(answer.body()), retryable, answer.status() >= 500,
                            answer.retryAfter(), null);
                }
            } catch (IOException e) {
                failure = new Failure(0, describe(e), true, !wasNotSent(e), null, e);
                if (isTimeout(e)) {
                    failure = failure.stillRunning();
                }
            }
            if (!failure.retryable()) {
                throw failure.toException(call);
            }
            if (call.isCreate() && failure.ambiguous()) {
                if (reference == null || reference.isBlank()) {
                    throw new PalommaApiException(failure.status(), failure.message() + ". Palomma may or may not have "
                            + "created the resource, and without a reference it cannot be looked up, so it was not sent "
                            + "again. Set a unique reference on creates to make them safe to retry", call.resource().name(),
                            call.operation().name(), false, failure.cause());
                }
                Object existing = findByReference(call, reference, failure.mayStillRun() ? responseTimeoutMillis : 0, started);
                if (existing != null) {
                    LOG.debug("{} {} failed ambiguously; found it by reference, not sending it again", call.resource(),
                            call.operation());
                    return existing;
                }
            }
            retry++;
            long delay = retryPolicy.delayBefore(retry, started, failure.retryAfter());
            if (delay < 0) {
                throw failure.toException(call);
            }
            retries.increment();
            LOG.debug("{} {} failed ({}); retry {} in {} ms", call.resource(), call.operation(), failure.status(), retry, delay);
            sleep(delay, call);
        }
    }

    /**
     * The resource created with this reference, or null when Palomma has none. After a timeout Palomma may still be
     * processing the create, so the lookup is repeated, backing off, for up to {@code settleMillis} before giving up.
     */
    private Object findByReference(ApiCall create, String reference, long settleMillis, long started) {
        ApiCall list = ApiCalls.find(create.resource(), PalommaOperation.list).orElseThrow();
        long until = System.nanoTime() + settleMillis * 1_000_000;
        int lookup = 0;
        while (true) {
            Page<?> page = (Page<?>) call(list, Map.of(), Map.of("reference", reference), null, null);
            for (Object item : page.items()) {
                if (item instanceof PalommaResourceObject) {
                    return item;
                }
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
                LOG.debug("{} {} -> {} in {} us", call.method(), call.path(), answer.status(), (System.nanoTime() - t0) / 1000);
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
        return e instanceof ConnectException || e instanceof ConnectTimeoutException || e instanceof UnknownHostException;
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
            JsonNode node = Json.MAPPER.readTree(body);
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
            return fixedUris.computeIfAbsent(call, c -> URI.create(baseUrl + c.path()));
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
                sb.append(sb.length() == 0 ? '?' : '&').append(e.getKey()).append('=')
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
            throw new PalommaApiException(0, "interrupted while waiting to retry", call.resource().name(),
                    call.operation().name(), true, e);
        }
    }

    /**
     * One GET of the merchant accounts, without retries: the HTTP status Palomma answered, or 0 when it could not be
     * reached. For health checks.
     */
    public int probe() {
        ApiCall list = ApiCalls.find(io.github.camelpalomma.PalommaResource.merchantAccounts, PalommaOperation.list)
                .orElseThrow();
        try {
            return send(list, URI.create(baseUrl + list.path() + "?limit=1"), null, null).status();
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

    private record Failure(int status, String message, boolean retryable, boolean ambiguous, String retryAfter,
            Throwable cause, boolean mayStillRun) {

        Failure(int status, String message, boolean retryable, boolean ambiguous, String retryAfter, Throwable cause) {
            this(status, message, retryable, ambiguous, retryAfter, cause, false);
        }

        Failure stillRunning() {
            return new Failure(status, message, retryable, ambiguous, retryAfter, cause, true);
        }

        PalommaApiException toException(ApiCall call) {
            return new PalommaApiException(status, message, call.resource().name(), call.operation().name(), retryable, cause)
                    .retryAfter(RetryPolicy.retryAfterMillis(retryAfter));
        }
    }
}
