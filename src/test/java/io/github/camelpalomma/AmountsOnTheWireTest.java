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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongFunction;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelpalomma.api.PalommaValidationException;
import io.github.camelpalomma.model.NewPayoutRequest;
import io.github.camelpalomma.support.RecordingPalommaTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every amount reaches Palomma as a plain JSON integer token, whatever Java type or JSON spelling the route gave; any
 * fraction, however small, is refused before anything is sent.
 */
class AmountsOnTheWireTest extends RecordingPalommaTestSupport {

    static final long SEED = Long.getLong("amounts.seed", 20_240_216L);
    static final String TARGET = "01HPR8S7YF43PV3QV16TZDC80P";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:payout")
                        .to("palomma:payoutRequests?operation=create&apiKey=k&baseUrl=" + palomma.baseUrl());
            }
        };
    }

    /** The bytes a typed request with this amount puts on the wire: the reference every other form must match. */
    private String typedBytes(long amount) {
        template.requestBody("direct:payout", NewPayoutRequest.of(TARGET, amount, "p-1"));
        return palomma.last().body();
    }

    private static Map<String, Object> mapWith(Object amount) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("amount", amount);
        map.put("reference", "p-1");
        map.put("payoutTargetId", TARGET);
        return map;
    }

    private static String jsonWith(String amount) {
        return "{\"payoutTargetId\":\"" + TARGET + "\",\"amount\":" + amount + ",\"reference\":\"p-1\"}";
    }

    /** The ways a route may hold a whole amount: Java numbers in a Map, JSON text, a Jackson tree. */
    private static final List<LongFunction<Object>> WHOLE_FORMS = List.of(
            a -> mapWith((int) a),
            a -> mapWith(a),
            a -> mapWith(BigInteger.valueOf(a)),
            a -> mapWith(BigDecimal.valueOf(a)),
            a -> mapWith(BigDecimal.valueOf(a).setScale(2)),
            a -> mapWith(
                    new BigDecimal(BigDecimal.valueOf(a).stripTrailingZeros().toString())),
            a -> mapWith((double) a),
            a -> mapWith((float) a),
            a -> jsonWith(Long.toString(a)),
            a -> jsonWith(a + ".00"),
            a -> jsonWith(a + ".0000000000000000000000"),
            a -> jsonWith(BigDecimal.valueOf(a).stripTrailingZeros().toString().replace("+", "")),
            a -> jsonWith(a + "0e-1"),
            a -> jsonWith(new BigDecimal(a).movePointLeft(3).toPlainString() + "E3"),
            a -> JsonNodeFactory.instance
                    .objectNode()
                    .put("payoutTargetId", TARGET)
                    .put("reference", "p-1")
                    .put("amount", BigDecimal.valueOf(a).setScale(3)));

    @Test
    void bigDecimalAndDoubleAmountsLeaveAsIntegerTokens() {
        String expected = "{\"reference\":\"p-1\",\"payoutTargetId\":\"" + TARGET + "\",\"amount\":100000}";
        assertThat(typedBytes(100_000)).isEqualTo(expected);
        for (Object body : List.of(
                mapWith(new BigDecimal("100000")),
                mapWith(new BigDecimal("100000.00")),
                mapWith(1e5),
                jsonWith("100000.00"),
                jsonWith("1e5"))) {
            template.requestBody("direct:payout", body);
            assertThat(palomma.last().body()).as("sent for %s", body).isEqualTo(expected);
        }
    }

    @Test
    void everyRepresentationOfAWholeAmountGivesTheSameIntegerToken() {
        Random random = new Random(SEED);
        for (int i = 0; i < 200; i++) {
            long amount = 1_001 + random.nextInt(4_999_000);
            if (random.nextBoolean()) {
                amount = amount / 1000 * 1000 + 1000; // round thousands: the spellings with exponents differ most
            }
            int form = random.nextInt(WHOLE_FORMS.size());
            String expected = typedBytes(amount);
            template.requestBody("direct:payout", WHOLE_FORMS.get(form).apply(amount));
            assertThat(palomma.last().body())
                    .as("seed %d, case %d, form %d, amount %d", SEED, i, form, amount)
                    .isEqualTo(expected)
                    .contains("\"amount\":" + amount + "}");
        }
    }

    @Test
    void everyAmountWithAFractionIsRefusedBeforeSending() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 200; i++) {
            long whole = 1_001 + random.nextInt(4_000_000);
            int scale = 1 + random.nextInt(25);
            BigInteger fraction = new BigInteger(Math.min(scale * 3, 80), random).mod(BigInteger.TEN.pow(scale));
            if (fraction.signum() == 0) {
                fraction = BigInteger.ONE;
            }
            BigDecimal amount = new BigDecimal(
                    BigInteger.valueOf(whole)
                            .multiply(BigInteger.TEN.pow(scale))
                            .add(fraction),
                    scale);
            Object body =
                    switch (random.nextInt(3)) {
                        case 0 -> mapWith(amount);
                        case 1 -> jsonWith(amount.toPlainString());
                        default ->
                            jsonWith(
                                    amount.toString().contains("E")
                                            ? amount.toString()
                                            : amount.scaleByPowerOfTen(-2) + "e2");
                    };
            int sent = palomma.requests().size();
            assertThatThrownBy(() -> template.requestBody("direct:payout", body))
                    .as("seed %d, case %d, %s", SEED + 1, i, amount)
                    .isInstanceOf(CamelExecutionException.class)
                    .cause()
                    .isInstanceOfSatisfying(PalommaValidationException.class, e -> {
                        assertThat(e.getField()).isEqualTo("amount");
                        assertThat(e.getMessage()).contains("is not a whole number of pesos");
                    });
            assertThat(palomma.requests()).hasSize(sent);
        }
    }

    @Test
    void aFractionBeyondDoublePrecisionIsStillRefused() {
        assertThatThrownBy(() -> template.requestBody("direct:payout", jsonWith("100000.0000000000000001")))
                .cause()
                .isInstanceOf(PalommaValidationException.class)
                .hasMessageContaining("amount is not a whole number of pesos (got 100000.0000000000000001)");
        assertThat(palomma.requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void notANumberAndInfinityAreRefusedNamingTheField(double amount) {
        for (Object given : List.of(amount, (float) amount)) {
            assertThatThrownBy(() -> template.requestBody("direct:payout", mapWith(given)))
                    .cause()
                    .isInstanceOfSatisfying(PalommaValidationException.class, e -> {
                        assertThat(e.getField()).isEqualTo("amount");
                        assertThat(e.getMessage()).contains("is not a finite number");
                    });
        }
        assertThat(palomma.requests()).isEmpty();
    }

    @Test
    void explicitNullsAreLeftOutLikeNullMapValues() {
        Map<String, Object> map = mapWith(300_000L);
        map.put("sourceMerchantAccountId", null);
        map.put("note", null);
        ObjectNode tree = JsonNodeFactory.instance
                .objectNode()
                .put("payoutTargetId", TARGET)
                .put("amount", 300_000)
                .put("reference", "p-1");
        tree.putNull("sourceMerchantAccountId");
        tree.putNull("note");
        String json = "{\"payoutTargetId\":\"" + TARGET + "\",\"sourceMerchantAccountId\":null,\"amount\":300000,"
                + "\"reference\":\"p-1\",\"note\":null}";

        for (Object body : List.of(map, tree, json)) {
            template.requestBody("direct:payout", body);
        }

        List<String> sent = new ArrayList<>();
        palomma.requests().forEach(r -> sent.add(r.body()));
        assertThat(sent)
                .containsOnly("{\"reference\":\"p-1\",\"payoutTargetId\":\"" + TARGET + "\",\"amount\":300000}");
        assertThat(tree.has("note"))
                .as("the route's own tree is left as it was")
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {1_001, 5_000})
    void deeplyNestedBodiesAreRefusedOnTheExchange(int depth) {
        Map<String, Object> nested = new LinkedHashMap<>();
        Map<String, Object> inner = nested;
        for (int i = 0; i < depth; i++) {
            Map<String, Object> next = new LinkedHashMap<>();
            inner.put("n", next);
            inner = next;
        }
        Map<String, Object> map = mapWith(300_000L);
        map.put("metadata", nested);
        String json = jsonWith("300000")
                .replace("}", ",\"metadata\":" + "{\"n\":".repeat(depth) + "1" + "}".repeat(depth + 1));

        for (Object body : List.of(map, json)) {
            Exchange exchange =
                    template.send("direct:payout", e -> e.getMessage().setBody(body));
            assertThat(exchange.getException())
                    .isInstanceOfSatisfying(PalommaValidationException.class, e -> assertThat(e.getMessage())
                            .startsWith("body is nested too deeply"));
        }
        assertThat(palomma.requests()).isEmpty();
    }
}
