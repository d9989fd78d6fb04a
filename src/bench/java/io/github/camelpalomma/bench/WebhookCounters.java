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
