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
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Median and range of one figure over the repetitions. */
record Spread(double median, double min, double max, int n) {

    static Spread of(List<Double> values) {
        List<Double> sorted = new ArrayList<>();
        for (Double v : values) {
            if (v != null && !v.isNaN()) {
                sorted.add(v);
            }
        }
        if (sorted.isEmpty()) {
            return new Spread(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Spread(median, sorted.get(0), sorted.get(n - 1), n);
    }

    boolean known() {
        return n > 0;
    }

    /** "median [min-max]" with the given decimals. */
    String format(int decimals) {
        if (!known()) {
            return "-";
        }
        if (n == 1) {
            return number(median, decimals);
        }
        return number(median, decimals) + " [" + number(min, decimals) + "-" + number(max, decimals) + "]";
    }

    static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value).replace(',', ' ');
    }
}
