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

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The resources' {@code updatedAt} as an instant, for ordering two changes of one resource. */
public final class Timestamps {

    private Timestamps() {}

    /** The instant, or null when the timestamp is missing or not ISO-8601: such a change is ordered by status alone. */
    public static Instant parseOrNull(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        try {
            return Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
