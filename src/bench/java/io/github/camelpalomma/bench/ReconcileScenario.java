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

import java.util.Map;

import io.github.camelpalomma.simulator.PalommaSimulator;

/**
 * Scenario reconcile: polling cost as the tracked set grows. A child JVM polls pending payin links on the simulator (run
 * here, so its work is not counted) at maxPollRate=200, with 1,000 then 10,000 tracked; CPU per poll and heap should not
 * grow with the set.
 */
final class ReconcileScenario {

    static final int SMALL = 1_000;
    static final int LARGE = 10_000;
    static final int RATE = 200;

    private final BenchSettings settings;
    private final Map<String, Figures> figures = Figures.table();

    ReconcileScenario(BenchSettings settings) {
        this.settings = settings;
    }

    Section run() throws Exception {
        Section section = new Section();
        Budget budget = settings.budget("reconcile");
        long seconds = settings.quick() ? 5 : 10;
        try (PalommaSimulator simulator = PalommaSimulator.builder()
                .port(0)
                .capacityPerResource(LARGE * 2)
                .build()
                .start()) {
            for (int rep = 0; rep < settings.reps(); rep++) {
                String name = "reconcile-rep" + (rep + 1);
                if (budget.spentFor(name, 2 * seconds + 30, section)) {
                    continue;
                }
                System.out.printf("  %-28s ...", name);
                Quietness.Mark quiet = Quietness.mark();
                try (ChildJvm child = ChildJvm.start(
                        name,
                        settings.logs(),
                        settings.childJvm("512m", name),
                        ReconcileChild.class,
                        simulator.baseUrl(),
                        simulator.apiKey(),
                        String.valueOf(SMALL),
                        String.valueOf(LARGE),
                        String.valueOf(seconds),
                        String.valueOf(RATE))) {
                    Map<String, Object> r = child.result(Math.max(30, budget.secondsLeft()));
                    double cpu =
                            Figures.number(r, "small.processCpuNanos") + Figures.number(r, "large.processCpuNanos");
                    r.put("othersPercent", Quietness.othersPercent(quiet, cpu));
                    figures.computeIfAbsent("all", k -> new Figures()).add(r);
                    System.out.printf(
                            " %s / %s polls/s, CPU %s / %s us per poll, heap after GC %s / %s MB%n",
                            Spread.number(Figures.number(r, "small.pollsPerSecond"), 0),
                            Spread.number(Figures.number(r, "large.pollsPerSecond"), 0),
                            Spread.number(Figures.number(r, "small.cpuUsPerPoll"), 0),
                            Spread.number(Figures.number(r, "large.cpuUsPerPoll"), 0),
                            Spread.number(Figures.number(r, "small.heapAfterGcMaxMb"), 1),
                            Spread.number(Figures.number(r, "large.heapAfterGcMaxMb"), 1));
                } catch (ChildJvm.ChildFailed e) {
                    System.out.println(" FAILED: " + e.getMessage());
                    section.note(name + " failed: " + e.getMessage());
                }
            }
        }
        section.text("`palomma:payinLinks?reconcile=true&webhooks=false&maxPollRate=" + RATE
                + "&pollInterval=1s&maxPollInterval=1s` "
                + "in a child JVM (in-memory store) polling pending payin links it created on the simulator (which runs in "
                + "the harness, so its CPU is not counted); the links never change, so every poll is a GET, a status "
                + "compare and a reschedule. Each set is measured for " + seconds
                + " s after 2 s to settle, with more due "
                + "than the budget allows, so polls/s shows the rate kept. CPU per poll is the child's whole CPU over the "
                + "phase divided by the polls sent.");
        MarkdownTable table = new MarkdownTable(
                "tracked",
                ">polls/s",
                ">CPU us/poll",
                ">alloc B/poll",
                ">heap after GC max MB",
                ">GCs",
                ">others' CPU %");
        Figures f = figures.get("all");
        if (f != null) {
            for (String set : new String[] {"small", "large"}) {
                table.row(
                        f.spread(set + ".tracked").format(0),
                        f.spread(set + ".pollsPerSecond").format(0),
                        f.spread(set + ".cpuUsPerPoll").format(0),
                        f.spread(set + ".allocBytesPerPoll").format(0),
                        f.spread(set + ".heapAfterGcMaxMb").format(1),
                        f.spread(set + ".gcCount").format(0),
                        f.spread("othersPercent").format(0));
            }
            double cpuGrowth = f.spread("large.cpuUsPerPoll").median()
                    / Math.max(1, f.spread("small.cpuUsPerPoll").median());
            double rateKept = f.spread("large.pollsPerSecond").median() / RATE;
            section.summary("reconcile, " + LARGE + " tracked at maxPollRate=" + RATE + ": CPU per poll x"
                    + Spread.number(cpuGrowth, 2) + " of the " + SMALL + " set, " + Spread.number(rateKept * 100, 0)
                    + "% of the rate kept");
        }
        section.table(table);
        return section;
    }
}
