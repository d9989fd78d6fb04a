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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.camelpalomma.PalommaComponent;
import io.github.camelpalomma.model.Customer;
import io.github.camelpalomma.model.NewCustomer;
import io.github.camelpalomma.model.NewPayinLink;
import io.github.camelpalomma.model.PalommaResource;
import io.github.camelpalomma.reconcile.ReconcileCounters;
import io.github.camelpalomma.reconcile.Reconciler;

/**
 * Child JVM of the reconcile scenario: a polling-only consumer ({@code reconcile=true&webhooks=false}) at maxPollRate
 * tracks pending payin links it created on the simulator, first a small set then a large one, and measures each phase
 * while the budget is saturated. Arguments: baseUrl apiKey small large seconds maxPollRate
 */
public final class ReconcileChild {

    private ReconcileChild() {}

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        int small = Integer.parseInt(args[2]);
        int large = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        String rate = args[5];
        Map<String, Object> result = new LinkedHashMap<>();
        try (CamelContext camel = new DefaultCamelContext()) {
            PalommaComponent component = camel.getComponent("palomma", PalommaComponent.class);
            component.getConfiguration().setBaseUrl(baseUrl);
            component.getConfiguration().setApiKey(args[1]);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("palomma:payinLinks?reconcile=true&webhooks=false&pollInterval=1000&maxPollInterval=1000&maxPollRate="
                                    + rate)
                            .log("never: the links stay pending");
                    from("direct:link").to("palomma:payinLinks?operation=create");
                    from("direct:customer").to("palomma:customers?operation=create");
                }
            });
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            Reconciler reconciler = component.reconciliation().of(PalommaResource.payinLinks);
            String customer = template.requestBody(
                            "direct:customer",
                            new NewCustomer(
                                    "bench-customer", "Ana Gómez", "cc", "1037551022", "ana@example.co", "3013111111"),
                            Customer.class)
                    .id();
            create(template, customer, 0, small);
            result.putAll(phase("small", reconciler, seconds));
            create(template, customer, small, large);
            result.putAll(phase("large", reconciler, seconds));
        }
        ChildOutput.result(result);
        System.exit(0);
    }

    private static void create(ProducerTemplate template, String customer, int from, int to) {
        IntStream.range(from, to)
                .parallel()
                .forEach(i -> template.requestBody(
                        "direct:link",
                        NewPayinLink.general(customer, 10_000, "https://shop.example/thanks", List.of("pse"))
                                .withReference("bench-" + i)));
    }

    private static Map<String, Object> phase(String name, Reconciler reconciler, long seconds) throws Exception {
        // let the poller settle on the new set before measuring
        TimeUnit.SECONDS.sleep(2);
        Map<String, Object> r = new LinkedHashMap<>();
        try (HeapWatch heap = new HeapWatch()) {
            long polls = reconciler.counters().sum(ReconcileCounters.Count.polls);
            Meter.Reading start = Meter.read();
            TimeUnit.SECONDS.sleep(seconds);
            Meter.Spent spent = Meter.read().minus(start);
            long done = reconciler.counters().sum(ReconcileCounters.Count.polls) - polls;
            r.put(name + ".tracked", reconciler.backlog().tracked());
            r.put(name + ".pollsPerSecond", done / (spent.wallNanos() / 1e9));
            r.put(name + ".cpuUsPerPoll", spent.cpuNanos() / 1000.0 / Math.max(1, done));
            r.put(name + ".allocBytesPerPoll", (double) spent.allocatedBytes() / Math.max(1, done));
            // a phase may pass without any collection: one full GC at its end gives the live heap at this set size
            r.put(name + ".heapAfterGcMaxMb", Math.max(heap.maxAfterGcMb(), liveHeapMb()));
            r.put(name + ".gcCount", heap.collections());
            r.put(name + ".processCpuNanos", (double) spent.cpuNanos());
        }
        return r;
    }

    private static double liveHeapMb() {
        System.gc();
        return java.lang.management.ManagementFactory.getMemoryMXBean()
                        .getHeapMemoryUsage()
                        .getUsed()
                / (1024.0 * 1024);
    }
}
