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
package io.github.camelpalomma.internal;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Reading whole numbers (amounts, fees, balances, counts) from answers and webhook events: a whole number written as a float
 * token ({@code 100000.0}, {@code 1e5}) is that number; one with any fraction, however small, is refused, never rounded.
 * Integer tokens take Jackson's own path unchanged.
 */
final class WholeNumbers {

    private WholeNumbers() {}

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("palomma-whole-numbers");
        add(module, long.class, Long::valueOf);
        add(module, Long.class, Long::valueOf);
        add(module, int.class, Math::toIntExact);
        add(module, Integer.class, Math::toIntExact);
        return module;
    }

    private static <T> void add(SimpleModule module, Class<T> type, Narrowing<T> narrowing) {
        module.addDeserializer(type, new Reader<>(type, NumberDeserializers.find(type, type.getName()), narrowing));
    }

    /** The exact value of a float token, or an error naming it when it is not a whole number that fits a long. */
    static long wholeValue(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
        BigDecimal value = p.getDecimalValue();
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException notWhole) {
            throw JsonMappingException.from(
                    p,
                    "Cannot read " + p.getText() + " as " + type.getSimpleName() + " of "
                            + p.currentName()
                            + ": it is not a whole number (amounts are whole Colombian pesos; fractions are never "
                            + "rounded)");
        }
    }

    @FunctionalInterface
    private interface Narrowing<T> {
        T of(long value);
    }

    private static final class Reader<T> extends JsonDeserializer<T> {

        private final Class<T> type;
        private final JsonDeserializer<T> standard;
        private final Narrowing<T> narrowing;

        @SuppressWarnings("unchecked")
        Reader(Class<T> type, JsonDeserializer<?> standard, Narrowing<T> narrowing) {
            this.type = type;
            this.standard = (JsonDeserializer<T>) standard;
            this.narrowing = narrowing;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                long value = wholeValue(p, ctxt, type);
                try {
                    return narrowing.of(value);
                } catch (ArithmeticException tooLarge) {
                    throw JsonMappingException.from(
                            p,
                            "Cannot read " + p.getText() + " as " + type.getSimpleName() + " of " + p.currentName()
                                    + ": it is too large");
                }
            }
            return standard.deserialize(p, ctxt);
        }

        @Override
        public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            return standard.getNullValue(ctxt);
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) throws JsonMappingException {
            return standard.getAbsentValue(ctxt);
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) throws JsonMappingException {
            return standard.getEmptyValue(ctxt);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Integer;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
