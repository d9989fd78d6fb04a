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

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.camelpalomma.model.Customer;

/**
 * Child JVM of the listAll scenario, run with a small heap: walks every customer the stub has through the component's
 * {@code listAll}, either with the iterator directly or in a {@code split(body()).streaming()} route.
 * Arguments: mode (iterator | split) baseUrl expectedItems
 */
public final class ListAllChild {

    private ListAllChild() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String uri = "palomma:customers?operation=listAll&limit=100&apiKey=bench-key&baseUrl=" + args[1];
        long expected = Long.parseLong(args[2]);
        AtomicLong items = new AtomicLong();
        AtomicReference<String> lastId = new AtomicReference<>();
        Map<String, Object> result = new LinkedHashMap<>();
        try (CamelContext camel = new DefaultCamelContext();
                HeapWatch heap = new HeapWatch()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:all").to(uri).split(body()).streaming().process(e -> {
                        items.incrementAndGet();
                        lastId.set(e.getMessage().getBody(Customer.class).id());
                    });
                }
            });
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            Meter.Reading start = Meter.read();
            if (mode.equals("iterator")) {
                Iterator<?> all = template.requestBody(uri, null, Iterator.class);
                while (all.hasNext()) {
                    Customer customer = (Customer) all.next();
                    items.incrementAndGet();
                    lastId.set(customer.id());
                }
            } else {
                template.sendBody("direct:all", null);
            }
            Meter.Spent spent = Meter.read().minus(start);
            double seconds = spent.wallNanos() / 1e9;
            result.put("mode", mode);
            result.put("items", items.get());
            result.put("complete", items.get() == expected && ("C" + (expected - 1)).equals(lastId.get()));
            result.put("seconds", seconds);
            result.put("itemsPerSecond", items.get() / seconds);
            result.put("cpuUsPerItem", spent.cpuNanos() / 1000.0 / Math.max(1, items.get()));
            result.put("allocBytesPerItem", (double) spent.allocatedBytes() / Math.max(1, items.get()));
            result.put("heapMaxMb", HeapWatch.maxHeapMb());
            result.put("heapAfterGcMaxMb", heap.maxAfterGcMb());
            result.put("heapSampledMaxMb", heap.maxSampledMb());
            result.put("gcCount", heap.collections());
        }
        ChildOutput.result(result);
        System.exit(0);
    }
}
