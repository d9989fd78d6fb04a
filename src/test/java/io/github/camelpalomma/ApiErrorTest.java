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

import java.util.stream.Stream;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.camelpalomma.api.PalommaApiException;
import io.github.camelpalomma.support.RecordingPalomma;
import io.github.camelpalomma.support.RecordingPalommaTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Palomma's error answers become PalommaApiException with the status, the API's message, the call and retryability. */
class ApiErrorTest extends RecordingPalommaTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get")
                        .to("palomma:payoutRequests?operation=get&id=01HPR8QBF5QKA313RPBSKYB7DS&apiKey=k&maxRetries=0"
                                + "&baseUrl=" + palomma.baseUrl());
                from("direct:create")
                        .to("palomma:customers?operation=create&apiKey=k&maxRetries=0&baseUrl=" + palomma.baseUrl());
            }
        };
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(400, "Bad Request - Invalid input provided", false),
                Arguments.of(401, "Unauthorized", false),
                Arguments.of(404, "Payout Request not found", false),
                Arguments.of(500, "Internal Server Error", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void errorAnswerIsTyped(int status, String message, boolean retryable) {
        palomma.enqueue(RecordingPalomma.Answer.of(status, "{\"message\":\"" + message + "\"}"));

        assertThatThrownBy(() -> template.requestBody("direct:get", (Object) null))
                .isInstanceOf(CamelExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(PalommaApiException.class, e -> {
                    assertThat(e.getHttpStatus()).isEqualTo(status);
                    assertThat(e.getHttpResponseCode()).isEqualTo(status);
                    assertThat(e.getApiMessage()).isEqualTo(message);
                    assertThat(e.getResource()).isEqualTo("payoutRequests");
                    assertThat(e.getOperation()).isEqualTo("get");
                    assertThat(e.isRetryable()).isEqualTo(retryable);
                    assertThat(e.getMessage())
                            .isEqualTo("Palomma answered " + status + " to payoutRequests get: " + message
                                    + (retryable ? " (a retry may succeed)" : " (retrying will not help)"));
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void errorAnswerToACreateIsTypedToo(int status, String message, boolean retryable) {
        palomma.enqueue(RecordingPalomma.Answer.of(status, "{\"message\":\"" + message + "\"}"));
        String customer = "{\"name\":\"Ana\",\"documentType\":\"cc\",\"documentNumber\":\"1\",\"email\":\"a@b.co\","
                + "\"phoneNumber\":\"3001234567\"}";

        assertThatThrownBy(() -> template.requestBody("direct:create", customer))
                .cause()
                .isInstanceOfSatisfying(PalommaApiException.class, e -> {
                    assertThat(e.getHttpStatus()).isEqualTo(status);
                    assertThat(e.getOperation()).isEqualTo("create");
                    // a create without a reference that failed with a 5xx must not be re-sent blindly
                    assertThat(e.isRetryable()).isEqualTo(retryable && status < 500);
                });
        assertThat(palomma.requests()).hasSize(1);
    }
}
