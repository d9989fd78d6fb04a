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
import java.util.List;

/** Subjects take turns: repetition r starts with subject r, so no subject is always first or last. */
final class Rotation {

    private Rotation() {}

    static <T> List<T> order(List<T> subjects, int repetition) {
        List<T> order = new ArrayList<>(subjects.size());
        for (int i = 0; i < subjects.size(); i++) {
            order.add(subjects.get((i + repetition) % subjects.size()));
        }
        return order;
    }
}
