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

import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.api.PalommaApiException;
import io.github.camelpalomma.model.Customer;
import io.github.camelpalomma.model.NewPayinLink;
import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.simulator.Fault;
import io.github.camelpalomma.simulator.PalommaSimulator;
import io.github.camelpalomma.support.NewResources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Creates are never re-sent blindly: an ambiguous failure is resolved by looking the reference up first. */
class SafeCreateTest extends CamelTestSupport {

    final PalommaSimulator palomma = PalommaSimulator.builder().build().start();

    @AfterEach
    void stopSimulator() {
        palomma.close();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String base = "&apiKey=" + palomma.apiKey() + "&baseUrl=" + palomma.baseUrl() + "&retryDelay=20";
                from("direct:customer").to("palomma:customers?operation=create" + base);
                from("direct:link").to("palomma:payinLinks?operation=create" + base);
                from("direct:links").to("palomma:payinLinks?operation=listAll&limit=100" + base);
                from("direct:slow-link").to("palomma:payinLinks?operation=create&responseTimeout=300" + base);
            }
        };
    }

    private String customer() {
        return template.requestBody("direct:customer", NewResources.customer(null), Customer.class)
                .id();
    }

    @SuppressWarnings("unchecked")
    private List<PayinLink> allLinks() {
        List<PayinLink> links = new java.util.ArrayList<>();
        template.requestBody("direct:links", null, Iterator.class).forEachRemaining(l -> links.add((PayinLink) l));
        return links;
    }

    @Test
    void hundredCreatesThatLoseTheirAnswerAfterCommitGiveExactlyHundredResources() {
        String customerId = customer();
        palomma.control().injectFault(Fault.resetAfter("/v0/payinLinks", 100).onMethod("POST"));

        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            PayinLink link = template.requestBody(
                    "direct:link",
                    NewPayinLink.general(customerId, 10_000 + i, "https://shop.example/r", List.of("pse"))
                            .withReference("order-" + i),
                    PayinLink.class);
            assertThat(link.reference()).isEqualTo("order-" + i);
            ids.add(link.id());
        }

        assertThat(palomma.control().faults())
                .as("every create lost its answer")
                .isEmpty();
        List<PayinLink> stored = allLinks();
        assertThat(stored).hasSize(100);
        assertThat(stored).extracting(PayinLink::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(stored).extracting(PayinLink::reference).doesNotHaveDuplicates();
    }

    @Test
    void ambiguousCreateWithoutAReferenceFailsAndSaysWhy() {
        String customerId = customer();
        palomma.control().injectFault(Fault.resetAfter("/v0/payinLinks", 1).onMethod("POST"));

        assertThatThrownBy(() -> template.requestBody(
                        "direct:link",
                        NewPayinLink.general(customerId, 10_000, "https://shop.example/r", List.of("pse"))))
                .isInstanceOf(CamelExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(PalommaApiException.class, e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getMessage())
                            .contains("Palomma may or may not have created the resource")
                            .contains("Set a unique reference on creates to make them safe to retry");
                });
        assertThat(allLinks()).as("it was not sent again").hasSize(1);
    }

    @Test
    void createStillRunningWhenItTimedOutIsFoundInsteadOfSentTwice() {
        String customerId = customer();
        // 1.5 times the route's 300 ms response timeout: still running at Palomma when the client gives up on it
        palomma.control()
                .injectFault(Fault.latency("/v0/payinLinks", Duration.ofMillis(450), 1)
                        .onMethod("POST"));

        PayinLink link = template.requestBody(
                "direct:slow-link",
                NewPayinLink.general(customerId, 10_000, "https://shop.example/r", List.of("pse"))
                        .withReference("slow-1"),
                PayinLink.class);

        assertThat(link.reference()).isEqualTo("slow-1");
        // had it been sent twice, the slow original would land by now
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> true);
        assertThat(allLinks()).hasSize(1);
    }

    @Test
    void refusedCreateIsSentAgainAfterRetryAfter() {
        String customerId = customer();
        palomma.control()
                .injectFault(Fault.tooManyRequests("/v0/payinLinks", 1, 1).onMethod("POST"));

        long t0 = System.nanoTime();
        PayinLink link = template.requestBody(
                "direct:link",
                NewPayinLink.general(customerId, 10_000, "https://shop.example/r", List.of("pse")),
                PayinLink.class);

        assertThat((System.nanoTime() - t0) / 1_000_000)
                .as("waited for Retry-After: 1")
                .isGreaterThanOrEqualTo(1_000);
        assertThat(link.id()).isNotNull();
        assertThat(allLinks()).hasSize(1);
    }
}
