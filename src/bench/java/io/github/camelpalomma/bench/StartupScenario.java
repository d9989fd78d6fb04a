package io.github.camelpalomma.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The demo app from process start to ready: one discarded run, then counted ones; goal median <= 1.5 s. */
final class StartupScenario {

    private final BenchSettings settings;

    StartupScenario(BenchSettings settings) {
        this.settings = settings;
    }

    Section run() throws Exception {
        Section section = new Section();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path dir = Path.of("").toAbsolutePath();
        List<String> command = DemoApp.command(java, System.getProperty("java.class.path"), dir);
        if (command == null) {
            System.out.println("  not measured yet: no demo app command in DemoApp (slot)");
            section.text("Not measured yet: the demo app (Camel Main, routes/, simulator) is not in this branch; the probe is "
                         + "ready (`StartupProbe`, filled in through the `DemoApp` slot).");
            section.verdict("Demo app start to ready <= 1.5 s median: not measured yet");
            return section;
        }
        int counted = Math.max(5, settings.reps());
        List<Double> millis = new ArrayList<>();
        StartupProbe.millisToReady(command, dir, DemoApp.READY, 60);
        for (int i = 0; i < counted; i++) {
            double ms = StartupProbe.millisToReady(command, dir, DemoApp.READY, 60);
            System.out.printf("  run %d: %.0f ms%n", i + 1, ms);
            if (ms < 0) {
                section.note("startup run " + (i + 1) + " never printed a line matching " + DemoApp.READY);
            } else {
                millis.add(ms);
            }
        }
        Spread spread = Spread.of(millis);
        section.text("`" + String.join(" ", command).replace(System.getProperty("java.class.path"), "<class path>")
                     + "`: from just before the process is spawned to its first line matching `" + DemoApp.READY
                     + "`; 1 discarded run, then " + counted + " counted.");
        section.table(new MarkdownTable("app", ">runs", ">start to ready ms").row("demo", millis.size(), spread.format(0)));
        double median = spread.median();
        String verdict = Double.isNaN(median) ? "not measured (no run got ready)"
                : median <= 1500 ? "**met** (" + Spread.number(median, 0) + " ms, goal <= 1 500 ms)"
                : "**missed** by " + Spread.number(100 * (median - 1500) / 1500, 0) + " % (" + Spread.number(median, 0)
                  + " ms, goal <= 1 500 ms)";
        section.verdict("Demo app start to ready, median: " + verdict);
        return section;
    }
}
