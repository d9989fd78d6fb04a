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

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * One counter per constant of an enum, cheap to count from many threads; read by name in the enum's order.
 *
 * @param <K> the enum naming the counters
 */
public abstract class Counters<K extends Enum<K>> {

    private final K[] names;
    private final LongAdder[] counters;

    protected Counters(Class<K> names) {
        this.names = names.getEnumConstants();
        this.counters = new LongAdder[this.names.length];
        Arrays.setAll(counters, i -> new LongAdder());
    }

    public final void increment(K name) {
        counters[name.ordinal()].increment();
    }

    public final long sum(K name) {
        return counters[name.ordinal()].sum();
    }

    /** Every counter by its name, in the enum's order: what the meters read. */
    public final Map<String, LongAdder> byName() {
        Map<String, LongAdder> all = new LinkedHashMap<>();
        for (K name : names) {
            all.put(name.name(), counters[name.ordinal()]);
        }
        return Collections.unmodifiableMap(all);
    }

    /** Every count by its name, in the enum's order. */
    public final Map<String, Long> snapshot() {
        Map<String, Long> all = new LinkedHashMap<>();
        byName().forEach((name, counter) -> all.put(name, counter.sum()));
        return all;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + snapshot();
    }
}
