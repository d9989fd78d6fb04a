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
import java.util.Map;

/**
 * Scenario A: create a payin link against the stub, closed loop at concurrency 1 and 16, one child JVM per subject and
 * repetition, subjects in rotating order.
 */
final class OutboundScenario {

    static final List<String> SUBJECTS = List.of("raw", "component", "component-endpoint", "camel-http");
    static final int[] CONCURRENCY = {1, 16};
    /** Longest a warm-up or measured phase may run (it normally ends on its count well before). */
    static final long PHASE_SECONDS = 8;

    private static final Map<String, String> LABELS = Map.of(
            "raw", "raw: Apache HC5 classic + Jackson (the limit)",
            "component", "component: direct route -> palomma",
            "component-endpoint", "component: template -> palomma endpoint",
            "camel-http", "camel-http: hand-written route");

    private final BenchSettings settings;
    private final StubApi stub;
    /** subject + "@" + concurrency -> figures. */
    private final Map<String, Figures> figures = Figures.table();

    OutboundScenario(BenchSettings settings, StubApi stub) {
        this.settings = settings;
        this.stub = stub;
    }

    Section run() throws Exception {
        Section section = new Section();
        Budget budget = settings.budget("A");
        for (int rep = 0; rep < settings.reps(); rep++) {
            for (String subject : Rotation.order(settings.select(SUBJECTS), rep)) {
                if (budget.spentFor("A-" + subject + "-rep" + (rep + 1), 12, section)) {
                    continue;
                }
                runChild(subject, rep, section, budget);
            }
        }
        return report(section);
    }

    private void runChild(String subject, int rep, Section section, Budget budget) throws Exception {
        String name = "A-" + subject + "-rep" + (rep + 1);
        List<String> args = new ArrayList<>(List.of(
                subject,
                stub.baseUrl(),
                String.valueOf(settings.outboundWarmup()),
                String.valueOf(settings.outboundMeasured()),
                String.valueOf(Math.max(1, Math.min(PHASE_SECONDS, budget.secondsLeft() / 4)))));
        for (int c : CONCURRENCY) {
            args.add(String.valueOf(c));
        }
        long servedBefore = stub.served();
        Quietness.Mark quiet = Quietness.mark();
        System.out.printf("  %-28s ...", name);
        try (ChildJvm child = ChildJvm.start(
                name,
                settings.logs(),
                settings.childJvm("512m", name),
                OutboundChild.class,
                args.toArray(String[]::new))) {
            Map<String, Object> result = child.result(30 + 4 * PHASE_SECONDS);
            double others = Quietness.othersPercent(quiet, Figures.number(result, "processCpuNanos"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> runs = (List<Map<String, Object>>) result.get("runs");
            StringBuilder line = new StringBuilder();
            for (Map<String, Object> run : runs) {
                int c = ((Number) run.get("concurrency")).intValue();
                run.put("othersPercent", others);
                figures.computeIfAbsent(subject + "@" + c, k -> new Figures()).add(run);
                line.append(String.format(
                        " c=%d %s req/s p99 %s us;",
                        c,
                        Spread.number(Figures.number(run, "perSecond"), 0),
                        Spread.number(Figures.number(run, "p99us"), 0)));
                if (((Number) run.get("failed")).intValue() > 0) {
                    section.note(
                            name + " c=" + c + ": " + run.get("failed") + " failed, first: " + run.get("firstError"));
                }
            }
            System.out.println(line + " others took " + Spread.number(others, 0) + "% of the cores");
        } catch (ChildJvm.ChildFailed e) {
            System.out.println(" FAILED: " + e.getMessage());
            section.note(name + " failed: " + e.getMessage());
        }
    }

    private Section report(Section section) {
        section.text("Per child JVM and concurrency: " + settings.outboundWarmup() + " warm-up then "
                + settings.outboundMeasured()
                + " measured requests, closed loop; " + settings.reps()
                + " repetition(s) per subject, each a fresh JVM "
                + "(`-Xmx512m -XX:+UseG1GC`), subjects in rotating order. The stub (Vert.x, in the harness JVM) answers "
                + "`200` with the payin link fixture, its description lengthened to " + Fixtures.PAYIN_LINK_BYTES
                + " bytes. CPU and allocation: the client JVM's, per measured request.\n");
        section.text(
                "- raw: Apache HttpClient 5 classic, pooled (200/20), + one Jackson `ObjectMapper`; POST a `NewPayinLink`, "
                        + "parse the answer stream to `PayinLink`. The limit.");
        section.text(
                "- component: `ProducerTemplate.requestBody(\"direct:x\", newPayinLink)` with "
                        + "`from(\"direct:x\").to(\"palomma:payinLinks?operation=create&apiKey=...&baseUrl=...\")`, Camel defaults.");
        section.text("- component-endpoint: the same producer, the template sending straight to the palomma endpoint.");
        section.text(
                "- camel-http: the route a user writes without the component: `CamelHttpMethod` = \"POST\", Accept, Authorization headers -> "
                        + "`marshal().json()` -> `toD(\"http://127.0.0.1:PORT${exchangeProperty.palommaPath}\")` -> "
                        + "`unmarshal().json(PayinLink.class)`, Camel defaults.");
        MarkdownTable table = new MarkdownTable(
                "client",
                ">conc",
                ">req/s",
                ">p50 us",
                ">p99 us",
                ">p99.9 us",
                ">CPU us/call",
                ">alloc KB/call",
                ">failed",
                ">others' CPU %");
        MarkdownTable ratios =
                new MarkdownTable("ratio to raw", ">conc", ">throughput", ">p99", ">CPU per call", ">alloc per call");
        for (int c : CONCURRENCY) {
            Figures raw = figures.get("raw@" + c);
            for (String subject : SUBJECTS) {
                Figures f = figures.get(subject + "@" + c);
                if (f == null) {
                    continue;
                }
                table.row(
                        LABELS.get(subject),
                        c,
                        f.spread("perSecond").format(0),
                        f.spread("p50us").format(0),
                        f.spread("p99us").format(0),
                        f.spread("p999us").format(0),
                        f.spread("cpuUsPerCall").format(1),
                        f.spread("allocKbPerCall").format(1),
                        f.sum("failed") + " of " + (f.sum("requests") + f.sum("failed")),
                        f.spread("othersPercent").format(0));
                if (raw != null && !subject.equals("raw")) {
                    ratios.row(
                            subject + " / raw",
                            c,
                            f.ratioTo(raw, "perSecond").format(2) + "x",
                            f.ratioTo(raw, "p99us").format(2) + "x",
                            f.ratioTo(raw, "cpuUsPerCall").format(2) + "x",
                            f.ratioTo(raw, "allocKbPerCall").format(2) + "x");
                }
            }
        }
        section.table(table);
        section.text(
                "others' CPU %: the share of the 2 cores that other processes on the machine took during that child JVM's "
                        + "life (/proc/stat minus harness and child); figures from children where others took a visible share are suspect.\n");
        section.text(
                "Ratios taken repetition by repetition (the i-th JVM of one subject against the i-th of raw), then median [min-max]:");
        section.table(ratios);
        Figures raw16 = figures.get("raw@16");
        Figures component16 = figures.get("component@16");
        if (raw16 != null && component16 != null) {
            section.summary("A, component / raw at concurrency 16: throughput "
                    + component16.ratioTo(raw16, "perSecond").format(2) + "x, p99 "
                    + component16.ratioTo(raw16, "p99us").format(2) + "x, CPU per call "
                    + component16.ratioTo(raw16, "cpuUsPerCall").format(2) + "x");
            Figures http16 = figures.get("camel-http@16");
            if (http16 != null) {
                section.summary("A, hand-written camel-http route / raw at concurrency 16: throughput "
                        + http16.ratioTo(raw16, "perSecond").format(2) + "x, CPU per call "
                        + http16.ratioTo(raw16, "cpuUsPerCall").format(2) + "x");
            }
        }
        return section;
    }
}
