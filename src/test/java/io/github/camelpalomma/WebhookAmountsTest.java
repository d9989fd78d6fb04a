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

import java.net.http.HttpResponse;
import java.time.Instant;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.support.Deliveries;
import io.github.camelpalomma.support.RecordingPalomma;
import io.github.camelpalomma.webhook.PalommaWebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** A webhook event that writes a whole amount as a float token reaches the route with that whole amount. */
class WebhookAmountsTest extends CamelTestSupport {

    static final String KEY = "integrity-key-1";
    Deliveries palomma;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        palomma = Deliveries.receiving(context, KEY);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("palomma:payinLinks").to("mock:links");
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"100000.0", "1e5", "1.00000E5"})
    void floatTokensOfWholeAmountsAreReadAsTheWholeNumber(String spelling) throws Exception {
        MockEndpoint links = getMockEndpoint("mock:links");
        links.expectedMessageCount(1);
        String link = RecordingPalomma.fixture("payinLinks")
                .replace("\"amount\":100000", "\"amount\":" + spelling)
                .replace("\"amountCollected\":0", "\"amountCollected\":0.0");
        String json = "{\"webhookId\":\"WH-" + spelling + "\",\"timestamp\":\"" + Instant.now()
                + "\",\"eventType\":\"payin-link.update\",\"event\":" + link + "}";

        HttpResponse<String> answer = palomma.signed(json, KEY);

        assertThat(answer.statusCode()).isEqualTo(200);
        links.assertIsSatisfied();
        PayinLink event = links.getExchanges()
                .get(0)
                .getMessage()
                .getBody(PalommaWebhookEvent.class)
                .eventAs(PayinLink.class);
        assertThat(event.amount()).isEqualTo(100_000L);
        assertThat(event.amountCollected()).isZero();
    }
}
