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

import java.util.function.Predicate;

/**
 * One named option of the simulator: its default and the rule every value must follow, checked when the option is set
 * so that a wrong value fails at the builder call that gave it, naming the option.
 */
record Setting<T>(String name, T defaultValue, Predicate<T> rule, String ruleText) {

    /** A value that must only be present. */
    static <T> Setting<T> required(String name, T defaultValue) {
        return new Setting<>(name, defaultValue, value -> true, "given");
    }

    /** A string that must not be blank. */
    static Setting<String> text(String name, String defaultValue) {
        return new Setting<>(name, defaultValue, value -> !value.isBlank(), "a non-blank string");
    }

    /** A whole number at or above {@code min}. */
    static Setting<Long> atLeast(String name, long defaultValue, long min) {
        return new Setting<>(name, defaultValue, value -> value >= min, "at least " + min);
    }

    /** How many of something are kept or tried: at least one. */
    static Setting<Integer> count(String name, int defaultValue) {
        return new Setting<>(name, defaultValue, value -> value >= 1, "at least 1");
    }

    /** The value if it follows the rule; null only turns off an option that is off (null) by default. */
    T check(T value) {
        if (value == null && defaultValue == null) {
            return null;
        }
        if (value == null) {
            throw new IllegalArgumentException(name + " must be " + ruleText + " (got null)");
        }
        if (!rule.test(value)) {
            throw new IllegalArgumentException(name + " must be " + ruleText + " (got '" + value + "')");
        }
        return value;
    }
}
