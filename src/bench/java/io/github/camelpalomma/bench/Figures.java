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
package io.github.camelpalomma.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The repetitions of one subject in one setting (e.g. "component" at concurrency 16): each repetition is the map a child
 * reported; figures are read across repetitions as {@link Spread}s.
 */
final class Figures {

    private final List<Map<String, Object>> reps = new ArrayList<>();

    void add(Map<String, Object> rep) {
        reps.add(rep);
    }

    int size() {
        return reps.size();
    }

    List<Map<String, Object>> reps() {
        return reps;
    }

    Spread spread(String key) {
        List<Double> values = new ArrayList<>();
        for (Map<String, Object> rep : reps) {
            values.add(number(rep, key));
        }
        return Spread.of(values);
    }

    long sum(String key) {
        long sum = 0;
        for (Map<String, Object> rep : reps) {
            Double v = number(rep, key);
            sum += v == null ? 0 : v.longValue();
        }
        return sum;
    }

    /** Ratio of this subject's figure to the other's, repetition by repetition (rep i with rep i), as a spread. */
    Spread ratioTo(Figures other, String key) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(reps.size(), other.reps.size()); i++) {
            Double mine = number(reps.get(i), key);
            Double theirs = number(other.reps.get(i), key);
            if (mine != null && theirs != null && theirs != 0) {
                ratios.add(mine / theirs);
            }
        }
        return Spread.of(ratios);
    }

    String firstText(String key) {
        for (Map<String, Object> rep : reps) {
            Object v = rep.get(key);
            if (v != null) {
                return v.toString();
            }
        }
        return null;
    }

    static Double number(Map<String, Object> rep, String key) {
        Object v = rep.get(key);
        return v instanceof Number n ? n.doubleValue() : null;
    }

    /** A map of figures by name that keeps insertion order. */
    static <K> Map<K, Figures> table() {
        return new LinkedHashMap<>();
    }
}
