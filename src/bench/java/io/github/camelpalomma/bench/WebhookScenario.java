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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scenario B: signed webhooks into a receiver child JVM at concurrency 16; warm-up, measured phase (CPU and allocation
 * read in the receiver around it), then re-sent duplicates and forged signatures; every answer and every hand-on counted.
 */
final class WebhookScenario {

    static final int CONCURRENCY = 16;
    static final List<String> RECEIVERS = List.of("raw", "camel", "camel-empty", "component", "component-el");

    private static final Map<String, String> LABELS = Map.of(
            "raw", "raw: Vert.x handler (the limit)",
            "camel", "camel: hand-written platform-http route",
            "camel-empty", "camel-empty: platform-http route, answers 200 only",
            "component", "component: palomma:webhooks, default mode",
            "component-el", "component: palomma:webhooks, opt-in event-loop mode");

    private final BenchSettings settings;
    private final Map<String, Figures> figures = Figures.table();
    private final Map<String, String> unavailable = new LinkedHashMap<>();

    WebhookScenario(BenchSettings settings) {
        this.settings = settings;
    }

    Section run() throws Exception {
        Section section = new Section();
        int warmup = settings.webhookWarmup();
        int measured = settings.webhookMeasured();
        SignedWebhooks hooks =
                new SignedWebhooks(warmup + measured, settings.webhookDuplicates(), settings.webhookForged());
        Budget budget = settings.budget("B");
        for (int rep = 0; rep < settings.reps(); rep++) {
            for (String receiver : Rotation.order(settings.select(RECEIVERS), rep)) {
                if (unavailable.containsKey(receiver)) {
                    continue;
                }
                if (budget.spentFor("B-" + receiver + "-rep" + (rep + 1), 10, section)) {
                    continue;
                }
                runChild(receiver, rep, hooks, section, budget);
            }
        }
        return report(section, hooks);
    }

    private void runChild(String receiver, int rep, SignedWebhooks hooks, Section section, Budget budget)
            throws Exception {
        String name = "B-" + receiver + "-rep" + (rep + 1);
        int port = FreePort.find();
        System.out.printf("  %-28s ...", name);
        Quietness.Mark quiet = Quietness.mark();
        int warmup = settings.webhookWarmup();
        try (ChildJvm child = ChildJvm.start(
                name,
                settings.logs(),
                settings.childJvm("512m", null),
                WebhookReceiverChild.class,
                receiver,
                String.valueOf(port),
                SignedWebhooks.INTEGRITY_KEY)) {
            String line = child.await(30);
            if (line != null && line.startsWith("UNAVAILABLE ")) {
                unavailable.put(receiver, line.substring(12));
                System.out.println(" not available yet (slot): " + line.substring(12));
                return;
            }
            if (line == null || !line.startsWith("READY ")) {
                throw new ChildJvm.ChildFailed(name + " did not get ready: " + line);
            }
            Map<String, Object> rep1;
            try (WebhookLoadGen load = new WebhookLoadGen(port, CONCURRENCY)) {
                WebhookLoadGen.Phase warm = load.run(hooks.unique.subList(0, warmup), false, budget.cap(6));
                child.send("MARK");
                WebhookLoadGen.Phase main =
                        load.run(hooks.unique.subList(warmup, hooks.unique.size()), true, budget.cap(10));
                child.send("MEASURED");
                WebhookLoadGen.Phase dups = load.run(hooks.duplicates, false, budget.cap(5));
                WebhookLoadGen.Phase forged = load.run(hooks.forged, false, budget.cap(5));
                child.send("STOP");
                Map<String, Object> counted = child.result(30);
                rep1 = figuresOf(counted, new Phases(warm, main, dups, forged));
                rep1.put("othersPercent", Quietness.othersPercent(quiet, Figures.number(counted, "processCpuNanos")));
            }
            figures.computeIfAbsent(receiver, k -> new Figures()).add(rep1);
            System.out.printf(
                    " %s accepted/s, p99 %s us, CPU %s us/webhook, nothing lost: %s%n",
                    Spread.number(Figures.number(rep1, "perSecond"), 0),
                    Spread.number(Figures.number(rep1, "p99us"), 0),
                    Spread.number(Figures.number(rep1, "cpuUsPerWebhook"), 1),
                    rep1.get("check"));
            if (!"yes".equals(rep1.get("check"))) {
                section.note(name + ": " + rep1.get("check"));
            }
            if (Figures.number(rep1, "uniqueSent").intValue() < hooks.unique.size()) {
                section.note(name + ": a phase reached its time cap, " + rep1.get("uniqueSent") + " of "
                        + hooks.unique.size() + " unique webhooks were sent (all of them checked)");
            }
        } catch (ChildJvm.ChildFailed e) {
            System.out.println(" FAILED: " + e.getMessage());
            section.note(name + " failed: " + e.getMessage());
        }
    }

    /** The four load phases of one receiver run, in the order they were sent. */
    private record Phases(
            WebhookLoadGen.Phase warm,
            WebhookLoadGen.Phase main,
            WebhookLoadGen.Phase dups,
            WebhookLoadGen.Phase forged) {

        long uniqueSent() {
            return warm.sent() + main.sent();
        }
    }

    private static Map<String, Object> figuresOf(Map<String, Object> counted, Phases phases) {
        WebhookLoadGen.Phase main = phases.main();
        Map<String, Object> r = new LinkedHashMap<>();
        long accepted = main.status(200);
        double seconds = main.wallNanos() / 1e9;
        r.put("perSecond", accepted / seconds);
        r.put("p50us", Latencies.percentileMicros(main.sortedLatencies(), 0.50));
        r.put("p99us", Latencies.percentileMicros(main.sortedLatencies(), 0.99));
        r.put("p999us", Latencies.percentileMicros(main.sortedLatencies(), 0.999));
        Double cpu = Figures.number(counted, "cpuNanos");
        Double alloc = Figures.number(counted, "allocatedBytes");
        r.put("cpuUsPerWebhook", cpu == null ? null : cpu / 1000.0 / Math.max(1, main.sent()));
        r.put("allocKbPerWebhook", alloc == null ? null : alloc / 1024.0 / Math.max(1, main.sent()));
        r.put("loadgenCpuUsPerWebhook", main.cpuNanos() / 1000.0 / Math.max(1, main.sent()));
        r.put("threads", counted.get("threads"));
        r.put("check", check(counted, phases));
        r.put("uniqueSent", phases.uniqueSent());
        return r;
    }

    /** "yes" when every delivery was answered as it should and every unique one handed on exactly once; else what was off. */
    private static String check(Map<String, Object> counted, Phases phases) {
        WebhookLoadGen.Phase warm = phases.warm();
        WebhookLoadGen.Phase main = phases.main();
        WebhookLoadGen.Phase dups = phases.dups();
        WebhookLoadGen.Phase forged = phases.forged();
        List<String> problems = new ArrayList<>();
        long uniqueSent = phases.uniqueSent();
        long ioErrors = warm.ioErrors() + main.ioErrors() + dups.ioErrors() + forged.ioErrors();
        if (ioErrors > 0) {
            problems.add(ioErrors + " I/O errors, first: " + firstNonNull(warm, main, dups, forged));
        }
        boolean verifies = Boolean.TRUE.equals(counted.get("verifies"));
        long handedOn = ((Number) counted.get("handedOn")).longValue();
        long expectHandedOn = verifies ? uniqueSent : uniqueSent + dups.sent() + forged.sent();
        expectStatus(problems, "unique", warm, main, 200);
        expectStatus(problems, "duplicates", dups, null, 200);
        expectStatus(problems, "forged", forged, null, verifies ? 401 : 200);
        if (handedOn != expectHandedOn) {
            problems.add("handed on " + handedOn + ", expected " + expectHandedOn);
        }
        return problems.isEmpty() ? "yes" : String.join("; ", problems);
    }

    private static void expectStatus(
            List<String> problems, String what, WebhookLoadGen.Phase a, WebhookLoadGen.Phase b, int status) {
        long sent = a.sent() + (b == null ? 0 : b.sent());
        long got = a.status(status) + (b == null ? 0 : b.status(status));
        if (got != sent) {
            Map<Integer, Long> all = new LinkedHashMap<>(a.statuses());
            if (b != null) {
                b.statuses().forEach((k, v) -> all.merge(k, v, Long::sum));
            }
            problems.add(what + ": " + got + " of " + sent + " answered " + status + " (answers: " + all + ")");
        }
    }

    private static String firstNonNull(WebhookLoadGen.Phase... phases) {
        for (WebhookLoadGen.Phase p : phases) {
            if (p.firstError() != null) {
                return p.firstError();
            }
        }
        return null;
    }

    private Section report(Section section, SignedWebhooks hooks) {
        section.text(
                "Concurrency " + CONCURRENCY + " (one keep-alive connection each, closed loop, load generator in the "
                        + "harness JVM): " + settings.webhookWarmup() + " warm-up then " + settings.webhookMeasured()
                        + " measured unique webhooks, then " + hooks.duplicates.size() + " re-sent duplicates and "
                        + hooks.forged.size() + " forged signatures. Each delivery: JSON body " + hooks.jsonBytes
                        + " B, `X-Encoded-Data` = its base64 (" + hooks.encodedBytes
                        + " B), `X-Signature` = hex HMAC-SHA256, signed before sending. One fresh receiver JVM "
                        + "(`-Xmx512m -XX:+UseG1GC`) per receiver and repetition, rotating order; CPU and allocation are the "
                        + "receiver's over the measured phase, per webhook.\n");
        section.text(
                "- raw: Vert.x `HttpServer`, one instance per core, all the work on the event loop, 200 with an empty body.");
        section.text(
                "- camel: `from(\"platform-http:/palomma/webhooks?httpMethodRestrict=POST\")` on `VertxPlatformHttpServer` "
                        + "-> a processor doing the same work (and clearing the request headers) -> one more processor standing for "
                        + "the user's route.");
        section.text(
                "- Same work in both (one shared class): `WebhookSignature.matches` over X-Encoded-Data, Base64 decode, "
                        + "Jackson parse to a typed delivery, dedupe on webhookId in a `ConcurrentHashMap` key set; duplicates "
                        + "200 and not handed on, forged 401.");
        section.text(
                "- camel-empty: the platform-http route that only answers 200 (verifies nothing): the framework's ceiling.");
        section.text(
                "- component: `from(\"palomma:webhooks?integrityKey=K\")` with a trivial processor, default mode and "
                        + "the opt-in mode for routes that never block.");
        MarkdownTable table = new MarkdownTable(
                "receiver",
                ">accepted/s",
                ">p50 us",
                ">p99 us",
                ">p99.9 us",
                ">receiver CPU us/webhook",
                ">alloc KB/webhook",
                ">loadgen CPU us/webhook",
                "nothing lost?",
                ">others' CPU %");
        for (String receiver : RECEIVERS) {
            Figures f = figures.get(receiver);
            if (f == null) {
                String why = unavailable.getOrDefault(receiver, "no run completed");
                table.row(LABELS.get(receiver), "not measured yet", "", "", "", "", "", "", why);
                continue;
            }
            Set<Object> checks = new HashSet<>();
            f.reps().forEach(r -> checks.add(r.get("check")));
            long ok =
                    f.reps().stream().filter(r -> "yes".equals(r.get("check"))).count();
            table.row(
                    LABELS.get(receiver),
                    f.spread("perSecond").format(0),
                    f.spread("p50us").format(0),
                    f.spread("p99us").format(0),
                    f.spread("p999us").format(0),
                    f.spread("cpuUsPerWebhook").format(1),
                    f.spread("allocKbPerWebhook").format(1),
                    f.spread("loadgenCpuUsPerWebhook").format(1),
                    ok == f.size() ? "yes, " + ok + " of " + f.size() + " runs" : "NO: " + checks,
                    f.spread("othersPercent").format(0));
        }
        section.table(table);
        MarkdownTable ratios =
                new MarkdownTable("ratio", ">accepted/s", ">p99", ">CPU per webhook", ">alloc per webhook");
        ratio(ratios, "camel", "raw");
        ratio(ratios, "camel-empty", "raw");
        ratio(ratios, "component", "camel-empty");
        ratio(ratios, "component", "raw");
        ratio(ratios, "component-el", "raw");
        if (!ratios.isEmpty()) {
            section.text("Ratios repetition by repetition, then median [min-max]:");
            section.table(ratios);
        }
        summary(section, "component (default mode)", "component", "camel-empty");
        summary(section, "component (opt-in event-loop mode)", "component-el", "raw");
        summary(section, "hand-written platform-http route", "camel", "raw");
        return section;
    }

    private void ratio(MarkdownTable table, String subject, String base) {
        Figures f = figures.get(subject);
        Figures b = figures.get(base);
        if (f != null && b != null) {
            table.row(
                    subject + " / " + base,
                    f.ratioTo(b, "perSecond").format(2) + "x",
                    f.ratioTo(b, "p99us").format(2) + "x",
                    f.ratioTo(b, "cpuUsPerWebhook").format(2) + "x",
                    f.ratioTo(b, "allocKbPerWebhook").format(2) + "x");
        }
    }

    private void summary(Section section, String what, String subject, String base) {
        Figures f = figures.get(subject);
        Figures b = figures.get(base);
        if (f != null && b != null) {
            section.summary("B, " + what + " / " + base + ": throughput "
                    + f.ratioTo(b, "perSecond").format(2) + "x, CPU per webhook "
                    + f.ratioTo(b, "cpuUsPerWebhook").format(2) + "x");
        }
    }
}
