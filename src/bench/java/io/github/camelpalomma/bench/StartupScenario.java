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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo app from process start to ready, against the smallest Camel Main app (one timer -> log route) on the same
 * class path: per app one discarded run, then counted ones, the two apps alternating.
 */
final class StartupScenario {

    private final BenchSettings settings;

    StartupScenario(BenchSettings settings) {
        this.settings = settings;
    }

    Section run() throws Exception {
        Section section = new Section();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path dir = Path.of("").toAbsolutePath();
        String classPath = System.getProperty("java.class.path");
        List<String> demo = DemoApp.command(java, classPath, dir);
        List<String> minimal = DemoApp.minimalCommand(java, classPath, settings.work());
        int counted = Math.max(5, settings.reps());
        List<Double> demoMillis = new ArrayList<>();
        List<Double> minimalMillis = new ArrayList<>();
        StartupProbe.millisToReady(minimal, dir, DemoApp.READY, 60);
        StartupProbe.millisToReady(demo, dir, DemoApp.READY, 60);
        for (int i = 0; i < counted; i++) {
            measure(section, "minimal", minimal, dir, i, minimalMillis);
            measure(section, "demo", demo, dir, i, demoMillis);
        }
        Spread demoSpread = Spread.of(demoMillis);
        Spread minimalSpread = Spread.of(minimalMillis);
        section.text("- demo: `" + DemoApp.display(demo)
                + "` (routes/: customer, payin link, payment, payout, balance, on the " + "embedded simulator)");
        section.text("- minimal: `" + DemoApp.display(minimal) + "`, one YAML route timer -> log, the baseline\n");
        section.text("From just before the process is spawned to its first line matching `" + DemoApp.READY
                + "`; per app 1 " + "discarded run, then " + counted + " counted, the two apps alternating.");
        section.table(new MarkdownTable("app", ">runs", ">start to ready ms")
                .row("minimal: Camel Main, one timer -> log route", minimalMillis.size(), minimalSpread.format(0))
                .row("demo: routes/ with the embedded simulator", demoMillis.size(), demoSpread.format(0)));
        if (!demoMillis.isEmpty() && !minimalMillis.isEmpty()) {
            section.summary("Start to ready, median: demo " + Spread.number(demoSpread.median(), 0)
                    + " ms, minimal Camel Main " + Spread.number(minimalSpread.median(), 0) + " ms");
        }
        return section;
    }

    private static void measure(Section section, String app, List<String> command, Path dir, int i, List<Double> millis)
            throws Exception {
        double ms = StartupProbe.millisToReady(command, dir, DemoApp.READY, 60);
        System.out.printf("  %s run %d: %.0f ms%n", app, i + 1, ms);
        if (ms < 0) {
            section.note(app + " run " + (i + 1) + " never printed a line matching " + DemoApp.READY);
        } else {
            millis.add(ms);
        }
    }
}
