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
package io.github.camelpalomma.simulator;

/** Whole Colombian pesos as Colombians write them: {@code $150.000}, dots between thousands, no decimals. */
final class Pesos {

    private Pesos() {}

    static String format(long pesos) {
        String signed = Long.toString(pesos);
        String digits = pesos < 0 ? signed.substring(1) : signed;
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 2);
        int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return (pesos < 0 ? "-$" : "$") + out;
    }

    /** The amount, or an empty string for a resource without one. */
    static String format(Long pesos) {
        return pesos == null ? "" : format(pesos.longValue());
    }
}
