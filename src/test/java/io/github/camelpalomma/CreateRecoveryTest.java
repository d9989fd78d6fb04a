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

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.api.PalommaApiException;
import io.github.camelpalomma.model.NewPayoutRequest;
import io.github.camelpalomma.model.PayoutRequest;
import io.github.camelpalomma.support.RecordingPalomma;
import io.github.camelpalomma.support.RecordingPalomma.Answer;
import io.github.camelpalomma.support.RecordingPalomma.Recorded;
import io.github.camelpalomma.support.RecordingPalommaTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A create whose outcome is unknown is recovered by its reference only when the lookup finds exactly the resource the
 * create asked for. Servers here are stricter or stranger than the simulator: they ignore filters, hold older resources
 * with the same reference, or hold two that both match.
 */
class CreateRecoveryTest extends RecordingPalommaTestSupport {

    static final String TARGET = "01HPR8S7YF43PV3QV16TZDC80P";
    static final String PAYOUT = RecordingPalomma.fixture("payoutRequests");
    static final NewPayoutRequest CREATE = NewPayoutRequest.of(TARGET, 300_000, "payout-1");

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:payout")
                        .to("palomma:payoutRequests?operation=create&apiKey=k&retryDelay=10&baseUrl="
                                + palomma.baseUrl());
            }
        };
    }

    private static String payout(String id, String reference, long amount) {
        return PAYOUT.replace("01HPR8QBF5QKA313RPBSKYB7DS", id)
                .replace("\"reference\":\"payout-1\"", "\"reference\":\"" + reference + "\"")
                .replace("\"amount\":300000", "\"amount\":" + amount);
    }

    private static String page(List<String> items, String cursor) {
        return "{\"items\":[" + String.join(",", items) + "],\"cursor\":"
                + (cursor == null ? "null" : "\"" + cursor + "\"") + ",\"count\":" + items.size() + "}";
    }

    private long posts() {
        return palomma.requests().stream()
                .filter(r -> r.method().equals("POST"))
                .count();
    }

    /** The first create gets a 500 (Palomma may have stored it); lists answer with {@code list}. */
    private void firstCreateFailsThenLists(java.util.function.Function<Recorded, String> list) {
        AtomicInteger creates = new AtomicInteger();
        palomma.answerWith(r -> {
            if (r.method().equals("POST")) {
                return creates.getAndIncrement() == 0
                        ? Answer.of(500, "{\"message\":\"Internal Server Error\"}")
                        : Answer.of(200, payout("01NEW", "payout-1", 300_000));
            }
            return Answer.of(200, list.apply(r));
        });
    }

    @Test
    void theOneResourceThatMatchesIsTheAnswer() {
        firstCreateFailsThenLists(r -> page(List.of(payout("01STORED", "payout-1", 300_000)), null));

        PayoutRequest payout = template.requestBody("direct:payout", CREATE, PayoutRequest.class);

        assertThat(payout.id()).isEqualTo("01STORED");
        assertThat(posts()).isEqualTo(1);
        Recorded lookup = palomma.last();
        assertThat(lookup.path()).isEqualTo("/v0/payoutRequests");
        assertThat(lookup.param("reference")).isEqualTo("payout-1");
    }

    @Test
    void aServerThatIgnoresTheFilterNeverAnswersWithSomebodyElsesResource() {
        // the filter is ignored: the list holds every payout, ours not among them
        firstCreateFailsThenLists(r -> page(
                List.of(payout("01OTHER1", "rent-march", 300_000), payout("01OTHER2", "rent-april", 450_000)), null));

        assertThatThrownBy(() -> template.requestBody("direct:payout", CREATE))
                .cause()
                .isInstanceOfSatisfying(PalommaApiException.class, e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getMessage()).contains("may or may not exist").contains("'payout-1'");
                });
        assertThat(posts()).as("never sent again").isEqualTo(1);
    }

    @Test
    void anOlderResourceWithTheSameReferenceAndAnotherAmountIsNotTakenForTheCreate() {
        firstCreateFailsThenLists(r -> page(List.of(payout("01OLDER", "payout-1", 120_000)), null));

        PayoutRequest payout = template.requestBody("direct:payout", CREATE, PayoutRequest.class);

        assertThat(payout.id())
                .as("the create was not stored, so it was sent again")
                .isEqualTo("01NEW");
        assertThat(payout.amount()).isEqualTo(300_000L);
        assertThat(posts()).isEqualTo(2);
    }

    @Test
    void twoIdenticalMatchesAreAmbiguous() {
        firstCreateFailsThenLists(r ->
                page(List.of(payout("01TWIN1", "payout-1", 300_000), payout("01TWIN2", "payout-1", 300_000)), null));

        assertThatThrownBy(() -> template.requestBody("direct:payout", CREATE))
                .cause()
                .isInstanceOfSatisfying(PalommaApiException.class, e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getMessage()).contains("may or may not exist").contains("'payout-1'");
                });
        assertThat(posts()).isEqualTo(1);
    }

    @Test
    void theLookupIsBoundedInPages() {
        AtomicInteger pages = new AtomicInteger();
        // an endless list of older payouts with our reference and other amounts
        firstCreateFailsThenLists(r ->
                page(List.of(payout("01OLD" + pages.incrementAndGet(), "payout-1", 5_000)), "next-" + pages.get()));

        assertThatThrownBy(() -> template.requestBody("direct:payout", CREATE))
                .cause()
                .isInstanceOf(PalommaApiException.class)
                .hasMessageContaining("may or may not exist");
        assertThat(pages.get()).isLessThanOrEqualTo(10);
        assertThat(posts()).isEqualTo(1);
    }

    @Test
    void aSuccessfulAnswerThatCannotBeReadIsLookedUpNotSentAgain() {
        AtomicInteger creates = new AtomicInteger();
        palomma.answerWith(r -> r.method().equals("POST") && creates.getAndIncrement() == 0
                ? Answer.of(200, "{\"id\":\"01STORED\",\"amount\":")
                : Answer.of(200, page(List.of(payout("01STORED", "payout-1", 300_000)), null)));

        PayoutRequest payout = template.requestBody("direct:payout", CREATE, PayoutRequest.class);

        assertThat(payout.id()).isEqualTo("01STORED");
        assertThat(posts()).isEqualTo(1);
    }

    @Test
    void aSuccessfulAnswerThatCannotBeReadAndIsNotFoundIsSentAgainLikeALostAnswer() {
        AtomicInteger creates = new AtomicInteger();
        palomma.answerWith(r -> {
            if (r.method().equals("POST")) {
                return creates.getAndIncrement() == 0
                        ? Answer.of(201, "<html>created</html>")
                        : Answer.of(201, payout("01NEW", "payout-1", 300_000));
            }
            return Answer.of(200, page(List.of(), null));
        });

        PayoutRequest payout = template.requestBody("direct:payout", CREATE, PayoutRequest.class);

        assertThat(payout.id()).isEqualTo("01NEW");
        assertThat(posts()).as("looked up first, absent, then sent again").isEqualTo(2);
        assertThat(palomma.requests().get(1).method()).isEqualTo("GET");
    }
}
