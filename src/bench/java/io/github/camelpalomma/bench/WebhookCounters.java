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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a webhook receiver did with the deliveries it got. {@code handedOn} counts the events that reached the user's
 * step (the route, or the raw handler's continuation): each unique, correctly signed webhook exactly once.
 */
final class WebhookCounters {

    final LongAdder requests = new LongAdder();
    final LongAdder handedOn = new LongAdder();
    final LongAdder duplicates = new LongAdder();
    final LongAdder forged = new LongAdder();
    final LongAdder malformed = new LongAdder();

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requests", requests.sum());
        m.put("handedOn", handedOn.sum());
        m.put("duplicates", duplicates.sum());
        m.put("forged", forged.sum());
        m.put("malformed", malformed.sum());
        return m;
    }
}
