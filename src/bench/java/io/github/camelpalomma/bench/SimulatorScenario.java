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

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelpalomma.simulator.SimulatorStartupProbe;
import io.github.camelpalomma.simulator.SimulatorThroughputBench;

/**
 * The embedded simulator: GETs per second over loopback against a bare JDK HttpServer serving the same bytes (the
 * baseline), and its in-process start, cold and warm. Each run is a fresh JVM on the test class path.
 */
final class SimulatorScenario {

    private static final Pattern THROUGHPUT = Pattern.compile("throughput=(\\d+)");
    private static final Pattern COLD = Pattern.compile("coldStartMs=(\\d+) warmStartMs=(\\d+)");

    private final BenchSettings settings;

    SimulatorScenario(BenchSettings settings) {
        this.settings = settings;
    }

    Section run() throws Exception {
        Section section = new Section();
        List<Double> simulator = new ArrayList<>();
        List<Double> jdk = new ArrayList<>();
        for (int i = 0; i < settings.reps(); i++) {
            throughput(section, "simulator", simulator);
            throughput(section, "jdk", jdk);
        }
        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < Math.max(5, settings.reps()); i++) {
            Matcher m = COLD.matcher(runChild(SimulatorStartupProbe.class, List.of(), List.of()));
            if (m.find()) {
                cold.add(Double.parseDouble(m.group(1)));
                warm.add(Double.parseDouble(m.group(2)));
            } else {
                section.note("start probe run " + (i + 1) + " printed no start times");
            }
        }
        section.text("`GET /v0/customers/{id}` (bearer-authenticated, JSON customer) from 16 threads, each on its own "
                + "keep-alive connection over loopback, writing raw HTTP/1.1 so the load generator costs little of the "
                + "CPU it shares with the server; " + settings.simulatorWarmupMillis() / 1000 + " s warm-up, then "
                + settings.simulatorMeasureMillis() / 1000 + " s measured; " + settings.reps() + " fresh JVM(s) per "
                + "server, alternating. The baseline is a bare JDK `HttpServer` (fixed pool of 16, "
                + "`-Dsun.net.httpserver.nodelay=true`; without it keep-alive answers stall on delayed ACKs) answering "
                + "the same bytes.");
        Spread sim = Spread.of(simulator);
        Spread base = Spread.of(jdk);
        section.table(new MarkdownTable("server", ">runs", ">requests/s")
                .row("simulator: httpcore5 classic server", simulator.size(), sim.format(0))
                .row("baseline: JDK HttpServer", jdk.size(), base.format(0)));
        section.text(
                "In-process start (`PalommaSimulator.builder().build().start()`), a fresh JVM per run: cold is the first "
                        + "start in the JVM (class loading included), warm a second simulator in the same JVM.");
        section.table(new MarkdownTable("start", ">runs", ">ms")
                .row("cold", cold.size(), Spread.of(cold).format(0))
                .row("warm", warm.size(), Spread.of(warm).format(0)));
        if (!simulator.isEmpty() && !jdk.isEmpty()) {
            section.summary("Simulator: " + Spread.number(sim.median(), 0) + " requests/s, "
                    + Spread.number(sim.median() / base.median(), 2) + "x the JDK HttpServer's; cold start "
                    + Spread.number(Spread.of(cold).median(), 0) + " ms");
        }
        return section;
    }

    private void throughput(Section section, String server, List<Double> into) throws Exception {
        boolean jdk = server.equals("jdk");
        List<String> options = new ArrayList<>(List.of(
                "-Dsim.warmupMs=" + settings.simulatorWarmupMillis(),
                "-Dsim.measureMs=" + settings.simulatorMeasureMillis()));
        if (jdk) {
            options.add("-Dsun.net.httpserver.nodelay=true"); // without it keep-alive answers stall on delayed ACKs
        }
        String out = runChild(SimulatorThroughputBench.class, options, jdk ? List.of("--jdk") : List.of());
        Matcher m = THROUGHPUT.matcher(out);
        if (m.find()) {
            into.add(Double.parseDouble(m.group(1)));
            System.out.println("  " + server + ": " + m.group(1) + " requests/s");
        } else {
            section.note(server + " throughput run printed no result");
        }
    }

    /** Runs a main class in a fresh JVM on this class path and answers its output. */
    private String runChild(Class<?> main, List<String> jvmOptions, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add(BenchLogging.jvmOption(settings.work()));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.append(line).append('\n');
            }
        }
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return out.toString();
    }
}
