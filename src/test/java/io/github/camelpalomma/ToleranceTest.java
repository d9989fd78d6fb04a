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

import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.support.RecordingPalomma;
import io.github.camelpalomma.support.RecordingPalommaTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Palomma adds fields and enum values over time; routes keep working and see the new values as sent. */
class ToleranceTest extends RecordingPalommaTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get")
                        .to("palomma:payinLinks?operation=get&apiKey=k&baseUrl=" + palomma.baseUrl())
                        .choice()
                        .when(simple("${body.status} == 'refunded'"))
                        .setHeader("branch", constant("refunded"))
                        .otherwise()
                        .setHeader("branch", constant("other"))
                        .end()
                        .marshal()
                        .json();
            }
        };
    }

    @Test
    void newFieldsAndNewEnumValuesPassThrough() {
        String future = RecordingPalomma.fixture("payinLinks")
                .replace("\"status\":\"pending\"", "\"status\":\"refunded\",\"statusMessage\":\"CHARGEBACK_BY_BANK\"")
                .replace("\"type\":\"general\"", "\"type\":\"breb\",\"riskScore\":{\"value\":0.2},\"newList\":[1,2]");
        palomma.enqueue(RecordingPalomma.Answer.of(200, future));

        var exchange = template.request(
                "direct:get", e -> e.getMessage().setHeader(PalommaConstants.ID, "01HPR5TEDFKT498V8CYY3RPCXP"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader("branch")).isEqualTo("refunded");
        assertThat(exchange.getMessage().getHeader(PalommaConstants.STATUS)).isEqualTo("refunded");
        String json = exchange.getMessage().getBody(String.class);
        assertThat(json)
                .contains(
                        "\"status\":\"refunded\"",
                        "\"statusMessage\":\"CHARGEBACK_BY_BANK\"",
                        "\"type\":\"breb\"",
                        "\"amount\":100000",
                        "\"createdAt\":\"2024-02-16T05:31:56Z\"");
    }

    @Test
    void typedModelCarriesTheUnknownValues() {
        palomma.enqueue(RecordingPalomma.Answer.of(
                200,
                RecordingPalomma.fixture("payinLinks").replace("\"status\":\"pending\"", "\"status\":\"on_hold\"")));
        PalommaEndpoint endpoint = context.getEndpoint(
                "palomma:payinLinks?operation=get&apiKey=k&baseUrl=" + palomma.baseUrl(), PalommaEndpoint.class);
        PayinLink link = template.requestBodyAndHeader(endpoint, null, PalommaConstants.ID, "X", PayinLink.class);
        assertThat(link.status()).isEqualTo("on_hold");
        assertThat(link.amount()).isEqualTo(100_000L);
    }
}
