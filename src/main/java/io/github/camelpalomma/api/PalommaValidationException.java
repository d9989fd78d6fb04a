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
package io.github.camelpalomma.api;

/**
 * A request was refused before anything was sent: names the field, what is wrong with its value, and the rule.
 */
public class PalommaValidationException extends IllegalArgumentException {

    private final String field;
    private final String value;
    private final String rule;

    public PalommaValidationException(String field, String value, String problem, String rule) {
        super(field + " " + problem + (value == null ? "" : " (got " + value + ")") + ": " + rule);
        this.field = field;
        this.value = value;
        this.rule = rule;
    }

    /** The field, with a dot path for nested ones (e.g. bankAccount.bank). */
    public String getField() {
        return field;
    }

    /** The offending value as given, or null when it was missing. */
    public String getValue() {
        return value;
    }

    /** The rule the value broke, in words. */
    public String getRule() {
        return rule;
    }
}
