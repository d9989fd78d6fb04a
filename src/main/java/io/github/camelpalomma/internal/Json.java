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

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;

/**
 * The one Jackson configuration of the component: tolerant of new fields, exact about money. The mapper itself stays
 * private, so nothing can reconfigure it; callers get its immutable readers and writers.
 */
public final class Json {

    /**
     * Unknown fields are ignored (Palomma adds fields), nulls are not written (a request carries only what the user gave),
     * numbers with a fraction are read exactly (as BigDecimal, so that no fraction is lost before it is judged), and a
     * whole-number field takes {@code 100000.0} as 100000 but refuses {@code 100000.5} instead of truncating it.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // the transport closes an answer itself: drained when read to its end, dropped when broken or too large
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addModule(WholeNumbers.module())
            .build();

    private static final ObjectReader READER = MAPPER.reader();
    private static final ObjectWriter WRITER = MAPPER.writer();

    private Json() {}

    public static ObjectReader reader() {
        return READER;
    }

    public static ObjectWriter writer() {
        return WRITER;
    }

    public static TypeFactory types() {
        return MAPPER.getTypeFactory();
    }

    /** A value (a record, a Map) as a JSON tree, written as {@link #writer()} would write it. */
    public static <T extends JsonNode> T valueToTree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
