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

import java.util.List;
import java.util.Map;

/** Scenario listAll: every item of a long list in a child JVM whose heap is capped at 64 MB. */
final class ListAllScenario {

    static final List<String> MODES = List.of("iterator", "split");
    static final String HEAP = "64m";

    private final BenchSettings settings;
    private final StubApi stub;
    private final int items;
    private final Map<String, Figures> figures = Figures.table();

    ListAllScenario(BenchSettings settings, StubApi stub, int items) {
        this.settings = settings;
        this.stub = stub;
        this.items = items;
    }

    Section run() throws Exception {
        Section section = new Section();
        Budget budget = settings.budget("listAll");
        for (int rep = 0; rep < settings.reps(); rep++) {
            for (String mode : Rotation.order(MODES, rep)) {
                String name = "listAll-" + mode + "-rep" + (rep + 1);
                if (budget.spentFor(name, 10, section)) {
                    continue;
                }
                System.out.printf("  %-28s ...", name);
                Quietness.Mark quiet = Quietness.mark();
                try (ChildJvm child = ChildJvm.start(
                        name,
                        settings.logs(),
                        settings.childJvm(HEAP, null),
                        ListAllChild.class,
                        mode,
                        stub.baseUrl(),
                        String.valueOf(items))) {
                    Map<String, Object> r = child.result(Math.max(10, budget.secondsLeft()));
                    r.put("othersPercent", Quietness.othersPercent(quiet, Figures.number(r, "processCpuNanos")));
                    figures.computeIfAbsent(mode, k -> new Figures()).add(r);
                    System.out.printf(
                            " %s items/s, heap after GC max %s MB, complete=%s%n",
                            Spread.number(Figures.number(r, "itemsPerSecond"), 0),
                            Spread.number(Figures.number(r, "heapAfterGcMaxMb"), 1),
                            r.get("complete"));
                    if (!Boolean.TRUE.equals(r.get("complete"))) {
                        section.note(name + ": walked " + r.get("items") + " items, not the " + items + " expected");
                    }
                } catch (ChildJvm.ChildFailed e) {
                    System.out.println(" FAILED: " + e.getMessage());
                    section.note(name + " failed (an OutOfMemoryError under -Xmx" + HEAP + " would show here): "
                            + e.getMessage());
                }
            }
        }
        section.text(
                "`palomma:customers?operation=listAll&limit=100` over "
                        + String.format("%,d", items).replace(',', ' ')
                        + " customers served by the stub in pages of 100 (generated on the fly; cursor = next offset), in a child "
                        + "JVM with `-Xmx" + HEAP
                        + " -XX:+UseG1GC`; that the run completes is itself the proof that the heap "
                        + "stays under 64 MB. iterator: `requestBody(uri, null, Iterator.class)` walked in a loop; split: "
                        + "`from(\"direct:all\").to(uri).split(body()).streaming().process(...)`. Heap after GC: the most any GC "
                        + "left live (GC notifications); heap sampled: the most in use at any 10 ms sample (garbage included).");
        MarkdownTable table = new MarkdownTable(
                "consumer",
                ">items/s",
                ">heap after GC max MB",
                ">heap sampled max MB",
                ">CPU us/item",
                ">alloc B/item",
                ">GCs",
                "all items, in order?");
        boolean allUnder = true;
        boolean any = false;
        for (String mode : MODES) {
            Figures f = figures.get(mode);
            if (f == null) {
                continue;
            }
            any = true;
            long complete = f.reps().stream()
                    .filter(r -> Boolean.TRUE.equals(r.get("complete")))
                    .count();
            allUnder &= complete == f.size() && f.spread("heapAfterGcMaxMb").max() < 64;
            table.row(
                    mode,
                    f.spread("itemsPerSecond").format(0),
                    f.spread("heapAfterGcMaxMb").format(1),
                    f.spread("heapSampledMaxMb").format(1),
                    f.spread("cpuUsPerItem").format(2),
                    f.spread("allocBytesPerItem").format(0),
                    f.spread("gcCount").format(0),
                    complete + " of " + f.size() + " runs",
                    f.spread("othersPercent").format(0));
        }
        section.table(table);
        if (any) {
            section.summary("listAll over " + items + " items under -Xmx" + HEAP + ": "
                    + (allUnder
                            ? "every run completed, heap after GC below 64 MB"
                            : "NOT every run completed (see the notes of the section)"));
        }
        return section;
    }
}
