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
package io.github.camelpalomma.reconcile;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import io.github.camelpalomma.PalommaConstants;
import io.github.camelpalomma.webhook.PalommaWebhookEvent;

/** What the routes of every node received: per resource id, each status with the path and node that brought it. */
final class Received {

    record Delivery(String status, String source, String node, long at) {}

    final Map<String, List<Delivery>> byId = new ConcurrentHashMap<>();

    Processor on(String node) {
        return (Exchange exchange) -> {
            PalommaWebhookEvent event = exchange.getMessage().getBody(PalommaWebhookEvent.class);
            byId.computeIfAbsent(event.resourceId(), k -> new CopyOnWriteArrayList<>())
                    .add(new Delivery(
                            event.status(),
                            exchange.getMessage().getHeader(PalommaConstants.EVENT_SOURCE, String.class),
                            node,
                            System.currentTimeMillis()));
        };
    }

    List<Delivery> of(String id) {
        return byId.getOrDefault(id, List.of());
    }

    long count(String id, String status) {
        return of(id).stream().filter(d -> d.status().equals(status)).count();
    }

    long fromPolls() {
        return byId.values().stream()
                .flatMap(List::stream)
                .filter(d -> "poll".equals(d.source()))
                .count();
    }

    long fromNode(String node) {
        return byId.values().stream()
                .flatMap(List::stream)
                .filter(d -> node.equals(d.node()))
                .count();
    }
}
