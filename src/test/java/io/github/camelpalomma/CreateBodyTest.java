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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.api.PalommaValidationException;
import io.github.camelpalomma.model.BankAccount;
import io.github.camelpalomma.model.NewPayinLink;
import io.github.camelpalomma.model.NewPayoutTarget;
import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.model.PayinLinkType;
import io.github.camelpalomma.model.PayoutTarget;
import io.github.camelpalomma.support.RecordingPalomma;
import io.github.camelpalomma.support.RecordingPalommaTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A create takes a typed request, a Map or a JSON string, and all three put the same bytes on the wire. */
class CreateBodyTest extends RecordingPalommaTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:link").to("palomma:payinLinks?operation=create&apiKey=k&baseUrl=" + palomma.baseUrl());
                from("direct:target")
                        .to("palomma:payoutTargets?operation=create&apiKey=k&baseUrl=" + palomma.baseUrl());
            }
        };
    }

    @Test
    void typedMapAndJsonGiveIdenticalRequests() {
        NewPayinLink typed = NewPayinLink.general(
                        "01HPR57X6QR5ZRKEEKBSDBW4RA",
                        50_000,
                        "https://shop.example/return",
                        List.of(PayinLinkType.PSE, PayinLinkType.CARD))
                .withReference("order-77");
        Map<String, Object> map = new LinkedHashMap<>();
        // deliberately in another order than the documented one
        map.put("type", "general");
        map.put("amount", 50_000);
        map.put("availableTypes", List.of("pse", "card"));
        map.put("redirectUrl", "https://shop.example/return");
        map.put("reference", "order-77");
        map.put("customerId", "01HPR57X6QR5ZRKEEKBSDBW4RA");
        String json = "{\"availableTypes\":[\"pse\",\"card\"],\"customerId\":\"01HPR57X6QR5ZRKEEKBSDBW4RA\","
                + "\"amount\":50000,\"type\":\"general\",\"reference\":\"order-77\","
                + "\"redirectUrl\":\"https://shop.example/return\"}";

        Object fromTyped = template.requestBody("direct:link", typed);
        Object fromMap = template.requestBody("direct:link", map);
        Object fromJson = template.requestBody("direct:link", json);

        List<RecordingPalomma.Recorded> sent = palomma.requests();
        assertThat(sent).hasSize(3);
        assertThat(sent.get(0).body())
                .isEqualTo("{\"reference\":\"order-77\",\"customerId\":\"01HPR57X6QR5ZRKEEKBSDBW4RA\","
                        + "\"redirectUrl\":\"https://shop.example/return\",\"amount\":50000,\"type\":\"general\","
                        + "\"availableTypes\":[\"pse\",\"card\"]}")
                .isEqualTo(sent.get(1).body())
                .isEqualTo(sent.get(2).body());
        assertThat(List.of(fromTyped, fromMap, fromJson))
                .allSatisfy(a -> assertThat(a).isInstanceOf(PayinLink.class));
    }

    @Test
    void nestedBankAccountIsWrittenInItsDocumentedOrderWithoutNulls() {
        NewPayoutTarget typed = NewPayoutTarget.bankAccount(
                "01HPR57X6QR5ZRKEEKBSDBW4RA",
                "https://shop.example/done",
                new BankAccount("bancolombia", "savings", "1234567890"));
        Map<String, Object> map = Map.of(
                "customerId",
                "01HPR57X6QR5ZRKEEKBSDBW4RA",
                "redirectUrl",
                "https://shop.example/done",
                "type",
                "bankAccount",
                "bankAccount",
                Map.of("accountNumber", "1234567890", "accountType", "savings", "bank", "bancolombia"));

        PayoutTarget answer = template.requestBody("direct:target", typed, PayoutTarget.class);
        template.requestBody("direct:target", map);

        assertThat(answer.id()).isEqualTo("01HPR8S7YF43PV3QV16TZDC80P");
        assertThat(palomma.requests().get(0).body())
                .isEqualTo(
                        "{\"customerId\":\"01HPR57X6QR5ZRKEEKBSDBW4RA\",\"redirectUrl\":\"https://shop.example/done\","
                                + "\"type\":\"bankAccount\",\"bankAccount\":{\"bank\":\"bancolombia\",\"accountType\":\"savings\","
                                + "\"accountNumber\":\"1234567890\"}}")
                .isEqualTo(palomma.requests().get(1).body());
    }

    @Test
    void bodyThatIsNotJsonIsRefusedNamingTheProblem() {
        assertThatThrownBy(() -> template.requestBody("direct:link", "{\"amount\": 5000,"))
                .isInstanceOf(CamelExecutionException.class)
                .cause()
                .isInstanceOf(PalommaValidationException.class)
                .hasMessageStartingWith("body is not valid JSON at line 1");
        assertThat(palomma.requests()).isEmpty();
    }
}
