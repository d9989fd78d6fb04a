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

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.camelpalomma.api.PalommaApiException;
import io.github.camelpalomma.api.PalommaValidationException;
import io.github.camelpalomma.support.RawHttpStub;
import io.github.camelpalomma.support.RecordingPalomma;
import io.github.camelpalomma.support.RecordingPalommaTestSupport;

import static io.github.camelpalomma.support.RawHttpStub.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every call is bounded: in the size of what it reads, in time per attempt, and in what it sends. */
class BoundedCallsTest extends RecordingPalommaTestSupport {

    static final String LINK = RecordingPalomma.fixture("payinLinks");

    /** Sends to a palomma endpoint of the recording server. */
    private Exchange call(String resource, String operation, Map<String, Object> headers) {
        return template.send(
                "palomma:" + resource + "?operation=" + operation + "&apiKey=k&baseUrl=" + palomma.baseUrl(),
                e -> e.getMessage().setHeaders(headers));
    }

    /** Runs one GET of a payin link against a stub, with no retries; the exception it ended with. */
    private Exception getFrom(RawHttpStub stub, String options) {
        String uri = "palomma:payinLinks?operation=get&id=01HPR5TEDFKT498V8CYY3RPCXP&apiKey=k&maxRetries=0&baseUrl="
                + stub.baseUrl() + options;
        Exchange exchange = template.send(uri, e -> {});
        return exchange.getException();
    }

    @Test
    void anErrorAnswerLargerThanMaxResponseSizeIsNotRead() {
        try (RawHttpStub stub = new RawHttpStub(out -> {
            write(
                    out,
                    "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: 419430400\r\n\r\n");
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 6400; i++) {
                out.write(chunk);
            }
        })) {
            assertThat(getFrom(stub, "&maxResponseSize=1048576"))
                    .isInstanceOfSatisfying(PalommaApiException.class, e -> {
                        assertThat(e.getHttpStatus()).isEqualTo(400);
                        assertThat(e.getMessage()).contains("larger than maxResponseSize (1048576 bytes)");
                    });
        }
    }

    @Test
    void aSuccessfulAnswerWithoutLengthLargerThanMaxResponseSizeIsNotRead() {
        try (RawHttpStub stub = new RawHttpStub(out -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            write(out, "6\r\n{\"a\":[\r\n");
            String filler = "0,".repeat(8000);
            for (int i = 0; i < 2000; i++) {
                write(out, Integer.toHexString(filler.length()) + "\r\n" + filler + "\r\n");
            }
        })) {
            assertThat(getFrom(stub, "&maxResponseSize=65536")).isInstanceOfSatisfying(PalommaApiException.class, e -> {
                assertThat(e.getMessage()).contains("larger than maxResponseSize (65536 bytes)");
                assertThat(e.isRetryable()).isFalse();
            });
        }
    }

    @Test
    void tooManyAnswerHeadersEndTheCall() {
        try (RawHttpStub stub = new RawHttpStub(out -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
            for (int i = 0; i < 100_000; i++) {
                write(out, "X-Filler-" + i + ": x\r\n");
            }
            write(out, "Content-Length: " + LINK.length() + "\r\n\r\n" + LINK);
        })) {
            assertThat(getFrom(stub, ""))
                    .isInstanceOfSatisfying(PalommaApiException.class, e -> assertThat(e.getMessage())
                            .contains("headers"));
        }
    }

    @Test
    void anOversizedAnswerHeaderEndsTheCall() {
        try (RawHttpStub stub = new RawHttpStub(out -> {
            write(
                    out,
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Filler: " + "x".repeat(4 * 1024 * 1024)
                            + "\r\nContent-Length: " + LINK.length() + "\r\n\r\n" + LINK);
        })) {
            assertThat(getFrom(stub, ""))
                    .isInstanceOfSatisfying(PalommaApiException.class, e -> assertThat(e.getMessage())
                            .contains("headers"));
        }
    }

    @Test
    void aServerDrippingItsAnswerIsCutOffAtTheResponseTimeout() {
        String body = "{\"id\":\"" + "A".repeat(16) + "\"}";
        try (RawHttpStub stub = new RawHttpStub(out -> {
            write(
                    out,
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                            + "\r\n\r\n");
            out.flush();
            // 26 bytes, one every 500 ms: 13 s in all, each gap well inside the timeout
            for (byte b : body.getBytes()) {
                out.write(b);
                out.flush();
                Thread.sleep(500);
            }
        })) {
            long t0 = System.nanoTime();
            Exception failure = getFrom(stub, "&responseTimeout=2000");
            long tookMillis = (System.nanoTime() - t0) / 1_000_000;

            assertThat(failure).isInstanceOfSatisfying(PalommaApiException.class, e -> assertThat(e.getMessage())
                    .contains("response timeout"));
            assertThat(tookMillis).as("one attempt ends at its 2 s deadline").isLessThan(3_500);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "..", "", " "})
    void dotIdsAreRefusedLikeAnEmptyOne(String id) {
        Exchange exchange = call("payinLinks", "get", Map.of(PalommaConstants.ID, id));

        assertThat(exchange.getException())
                .isInstanceOfSatisfying(PalommaValidationException.class, e -> assertThat(e.getField())
                        .isEqualTo("id"));
        assertThat(palomma.requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk_test_abc\r\nX-Injected: 1", "sk_test_\u0000abc", "sk_test_clé_✓", "sk_test_\u007fabc"})
    void anApiKeyWithCharactersAHeaderCannotCarryIsRefusedAtStart(String apiKey) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.getComponent("palomma", PalommaComponent.class)
                    .getConfiguration()
                    .setApiKey(apiKey);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:x").to("palomma:customers?operation=get&baseUrl=" + palomma.baseUrl());
                }
            });
            assertThatThrownBy(context::start)
                    .hasStackTraceContaining("apiKey")
                    .satisfies(
                            e -> assertThat(fullText(e)).doesNotContain(apiKey).doesNotContain("sk_test"))
                    .rootCause()
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(palomma.requests()).isEmpty();
    }

    private static String fullText(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    @Test
    void listCallsSendOnlyTheFiltersTheyDocument() {
        Map<String, Object> filters = Map.of(
                PalommaConstants.REFERENCE,
                "ref-1",
                PalommaConstants.CUSTOMER_ID,
                "C1",
                PalommaConstants.MERCHANT_ACCOUNT_ID,
                "default");
        for (String resource : new String[] {
            "customers",
            "payinLinks",
            "payinSources",
            "payinRequests",
            "payoutTargets",
            "payoutRequests",
            "merchantAccounts",
            "payinSettlements"
        }) {
            call(resource, "list", new java.util.HashMap<>(filters));
            RecordingPalomma.Recorded sent = palomma.last();
            boolean reference = !resource.equals("merchantAccounts") && !resource.equals("payinSettlements");
            boolean customerId = reference && !resource.equals("customers");
            assertThat(sent.param("reference")).as(resource).isEqualTo(reference ? "ref-1" : null);
            assertThat(sent.param("customerId")).as(resource).isEqualTo(customerId ? "C1" : null);
        }
    }
}
