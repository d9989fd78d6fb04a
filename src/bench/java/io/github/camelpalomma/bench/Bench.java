package io.github.camelpalomma.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark run behind docs/benchmarks.md: {@code mvn -q -Pbench verify}. Hosts the stubs and the webhook load
 * generator, starts one fresh child JVM per measured subject and repetition, prints a summary and rewrites the generated
 * block of docs/benchmarks.md. Traffic goes to 127.0.0.1 only; every phase is bounded by count and by time.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        String logging = BenchLogging.jvmOption(settings.work());
        System.setProperty("log4j2.configurationFile", logging.substring(logging.indexOf('=') + 1));
        Instant started = Instant.now();
        String loadBefore = Machine.loadAverage();
        System.out.println("camel-palomma benchmarks: " + (settings.quick() ? "QUICK smoke run, " : "") + settings.reps()
                           + " repetition(s), scenarios " + settings.only());
        Map<String, Section> sections = new LinkedHashMap<>();
        CustomerPages pages = new CustomerPages(settings.listAllItems());
        try (StubApi stub = StubApi.start(pages)) {
            if (settings.runs("A")) {
                System.out.println("A. outbound create payin link, stub at " + stub.baseUrl());
                sections.put("A", new OutboundScenario(settings, stub).run());
            }
            if (settings.runs("listAll")) {
                System.out.println("listAll over " + pages.total() + " customers");
                sections.put("listAll", new ListAllScenario(settings, stub, pages.total()).run());
            }
        }
        if (settings.runs("B")) {
            System.out.println("B. webhook ingest, concurrency " + WebhookScenario.CONCURRENCY);
            sections.put("B", new WebhookScenario(settings).run());
        }
        if (settings.runs("reconcile")) {
            System.out.println("reconcile: polling " + ReconcileScenario.SMALL + " then " + ReconcileScenario.LARGE
                               + " tracked resources at maxPollRate=" + ReconcileScenario.RATE);
            sections.put("reconcile", new ReconcileScenario(settings).run());
        }
        if (settings.runs("startup")) {
            System.out.println("Demo app startup");
            sections.put("startup", new StartupScenario(settings).run());
        }
        Duration took = Duration.between(started, Instant.now());
        String report = Report.render(settings, sections, started, took, loadBefore, Machine.loadAverage());
        DocFile.write(settings.doc(), report);
        System.out.println();
        System.out.println("Goals" + (settings.quick() ? " (smoke run: not verdicts)" : "")
                           + (Quietness.worstPercent() > 15 ? " (machine NOT quiet: others took up to "
                              + Spread.number(Quietness.worstPercent(), 0) + "% of the cores)" : "") + ":");
        List<String> verdicts = new ArrayList<>();
        sections.values().forEach(s -> verdicts.addAll(s.verdicts()));
        verdicts.forEach(v -> System.out.println("  " + v.replace("**", "")));
        System.out.println("Took " + took.toSeconds() + " s; wrote " + settings.doc() + " ("
                           + DateTimeFormatter.ISO_INSTANT.format(started.atOffset(ZoneOffset.UTC)) + ")");
        System.exit(0);
    }
}
