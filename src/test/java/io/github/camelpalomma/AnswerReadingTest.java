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

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.camelpalomma.api.PalommaApiException;
import io.github.camelpalomma.model.NewPayoutRequest;
import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.model.PayoutRequest;
import io.github.camelpalomma.support.RecordingPalomma;
import io.github.camelpalomma.support.RecordingPalomma.Answer;
import io.github.camelpalomma.support.RecordingPalommaTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Answers as a less tidy server writes them: whole amounts as float tokens, 201 for a create. */
class AnswerReadingTest extends RecordingPalommaTestSupport {

    static final String LINK = RecordingPalomma.fixture("payinLinks");
    static final String PAYOUT = RecordingPalomma.fixture("payoutRequests");

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String base = "&apiKey=k&retryDelay=10&baseUrl=" + palomma.baseUrl();
                from("direct:get").to("palomma:payinLinks?operation=get&id=01HPR5TEDFKT498V8CYY3RPCXP" + base);
                from("direct:payout").to("palomma:payoutRequests?operation=create" + base);
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"100000.0", "1e5", "1.0E5", "100000.000000000000000000"})
    void wholeAmountsWrittenAsFloatTokensAreReadAsThatNumber(String spelling) {
        palomma.enqueue(Answer.of(
                200,
                LINK.replace("\"amount\":100000", "\"amount\":" + spelling).replace("\"fee\":500", "\"fee\":5e2")));

        PayinLink link = template.requestBody("direct:get", null, PayinLink.class);

        assertThat(link.amount()).isEqualTo(100_000L);
        assertThat(link.fee()).isEqualTo(500L);
        assertThat(palomma.requests())
                .as("read at the first answer, not retried")
                .hasSize(1);
    }

    @Test
    void anAnswerWithAFractionalAmountIsNotRoundedIntoAResource() {
        palomma.answerWith(
                r -> Answer.of(200, LINK.replace("\"amount\":100000", "\"amount\":100000.0000000000000001")));

        assertThatThrownBy(() -> template.requestBody("direct:get", (Object) null))
                .cause()
                .isInstanceOf(PalommaApiException.class)
                .hasMessageContaining("amount");
    }

    @Test
    void aCreatedAnswerIsSuccess() {
        palomma.enqueue(Answer.of(201, PAYOUT));

        PayoutRequest payout = template.requestBody(
                "direct:payout",
                NewPayoutRequest.of("01HPR8S7YF43PV3QV16TZDC80P", 300_000, "payout-1"),
                PayoutRequest.class);

        assertThat(payout.id()).isEqualTo("01HPR8QBF5QKA313RPBSKYB7DS");
        assertThat(payout.amount()).isEqualTo(300_000L);
        assertThat(palomma.requests()).hasSize(1);
    }

    @Test
    void anyTwoHundredAnswerToAReadIsSuccess() {
        palomma.enqueue(Answer.of(203, LINK));

        assertThat(template.requestBody("direct:get", null, PayinLink.class).amount())
                .isEqualTo(100_000L);
    }
}
