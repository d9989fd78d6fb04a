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
import java.util.Set;

/**
 * The knobs, all system properties: {@code bench.quick} (smoke run: fewer requests, 1 repetition unless bench.reps is
 * given), {@code bench.reps}, {@code bench.only} (comma-separated of A, listAll, B, reconcile, startup, simulator; "all"
 * by default),
 * {@code bench.jfr} (a JFR recording per outbound child under the work directory), {@code bench.subjects} (only these
 * subjects of A and B, e.g. raw,component), {@code bench.doc}, {@code bench.work}.
 */
record BenchSettings(
        boolean quick, int reps, Set<String> only, boolean jfr, Path doc, Path work, Set<String> subjects, Budget run) {

    static BenchSettings fromSystemProperties() {
        boolean quick = Boolean.getBoolean("bench.quick");
        String reps = System.getProperty("bench.reps", "");
        int n = reps.isBlank() ? (quick ? 1 : 3) : Integer.parseInt(reps.trim());
        String only = System.getProperty("bench.only", "all").trim();
        String subjects = System.getProperty("bench.subjects", "").trim();
        Set<String> scenarios = only.isEmpty() || only.equals("all")
                ? Set.of("A", "listAll", "B", "reconcile", "startup", "simulator")
                : Set.of(only.split("\\s*,\\s*"));
        return new BenchSettings(
                quick,
                Math.max(1, n),
                scenarios,
                Boolean.getBoolean("bench.jfr"),
                Path.of(System.getProperty("bench.doc", "docs/benchmarks.md")),
                Path.of(System.getProperty("bench.work", "target/bench")),
                subjects.isEmpty() ? Set.of() : Set.of(subjects.split("\\s*,\\s*")),
                Budget.ofSeconds(RUN_SECONDS));
    }

    /** The subjects of a scenario to run: all, or those named in bench.subjects (e.g. raw,component). */
    java.util.List<String> select(java.util.List<String> all) {
        return subjects.isEmpty()
                ? all
                : all.stream().filter(subjects::contains).toList();
    }

    boolean runs(String scenario) {
        return only.contains(scenario);
    }

    Path logs() {
        return work.resolve("logs");
    }

    /** JVM options of a measured child; the listAll child overrides the heap. */
    List<String> childJvm(String heap, String jfrName) {
        List<String> options = new ArrayList<>(List.of("-Xmx" + heap, "-XX:+UseG1GC", BenchLogging.jvmOption(work)));
        if (jfr && jfrName != null) {
            try {
                java.nio.file.Files.createDirectories(work.resolve("jfr"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            options.add("-XX:StartFlightRecording=settings=profile,filename="
                    + work.resolve("jfr").resolve(jfrName + ".jfr"));
        }
        return options;
    }

    /** Seconds the whole run may take; Maven's build before it needs the rest of 5 minutes. */
    static final long RUN_SECONDS = 235;

    /** Share of the run each scenario is planned to take, in the order they run. */
    private static final java.util.Map<String, Integer> WEIGHTS =
            java.util.Map.of("A", 90, "listAll", 45, "B", 80, "reconcile", 50, "startup", 20);

    private static final java.util.List<String> ORDER = java.util.List.of("A", "listAll", "B", "reconcile", "startup");

    /**
     * The wall time a scenario about to start may take: its share of what is left of the run among itself and the
     * scenarios still to come, so time an earlier scenario did not use goes to the later ones.
     */
    Budget budget(String scenario) {
        long runSecondsLeft = run.secondsLeft();
        int mine = WEIGHTS.get(scenario);
        int still = 0;
        for (String s : ORDER.subList(ORDER.indexOf(scenario), ORDER.size())) {
            if (runs(s)) {
                still += WEIGHTS.get(s);
            }
        }
        return Budget.ofSeconds(Math.max(0, runSecondsLeft * mine / Math.max(1, still)));
    }

    // scenario A
    int outboundWarmup() {
        return quick ? 2_000 : 5_000;
    }

    int outboundMeasured() {
        return quick ? 5_000 : 20_000;
    }

    // scenario listAll
    int listAllItems() {
        return 1_000_000;
    }

    // scenario B
    int webhookWarmup() {
        return quick ? 3_000 : 10_000;
    }

    int webhookMeasured() {
        return quick ? 8_000 : 40_000;
    }

    int webhookDuplicates() {
        return 500;
    }

    int webhookForged() {
        return 200;
    }

    // scenario simulator
    long simulatorWarmupMillis() {
        return quick ? 1_000 : 3_000;
    }

    long simulatorMeasureMillis() {
        return quick ? 3_000 : 10_000;
    }
}
