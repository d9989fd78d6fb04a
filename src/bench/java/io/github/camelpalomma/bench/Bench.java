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

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The benchmark run behind docs/benchmarks.md: {@code mvn -q -Pbench verify}. Hosts the stubs and the webhook load
 * generator, starts one fresh child JVM per measured subject and repetition, rewrites the generated block of each
 * scenario it ran in docs/benchmarks.md (the others stay as they are) and prints a summary. Traffic goes to 127.0.0.1
 * only; every phase is bounded by count and by time.
 */
public final class Bench {

    /** Scenario keys, in the order they run, with the title of their section. */
    static final Map<String, String> TITLES = new java.util.LinkedHashMap<>();

    static {
        TITLES.put("A", "A. Outbound: create a payin link (`POST /v0/payinLinks`)");
        TITLES.put("listAll", "listAll: 1 000 000 customers in pages of 100");
        TITLES.put("B", "B. Webhook ingest with signature check and dedupe");
        TITLES.put("reconcile", "Reconciliation: polling 1 000 then 10 000 tracked payin links at maxPollRate=200");
        TITLES.put("startup", "Demo app: process start to ready");
        TITLES.put("simulator", "Simulator: throughput and in-process start");
    }

    private Bench() {}

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        String logging = BenchLogging.jvmOption(settings.work());
        System.setProperty("log4j2.configurationFile", logging.substring(logging.indexOf('=') + 1));
        System.out.println("camel-palomma benchmarks: " + (settings.quick() ? "QUICK smoke run, " : "")
                + settings.reps() + " repetition(s), scenarios " + settings.only());
        CustomerPages pages = new CustomerPages(settings.listAllItems());
        try (StubApi stub = StubApi.start(pages)) {
            run(settings, "A", () -> {
                System.out.println("A. outbound create payin link, stub at " + stub.baseUrl());
                return new OutboundScenario(settings, stub).run();
            });
            run(settings, "listAll", () -> {
                System.out.println("listAll over " + pages.total() + " customers");
                return new ListAllScenario(settings, stub, pages.total()).run();
            });
        }
        run(settings, "B", () -> {
            System.out.println("B. webhook ingest, concurrency " + WebhookScenario.CONCURRENCY);
            return new WebhookScenario(settings).run();
        });
        run(settings, "reconcile", () -> {
            System.out.println("reconcile: polling " + ReconcileScenario.SMALL + " then " + ReconcileScenario.LARGE
                    + " tracked resources at maxPollRate=" + ReconcileScenario.RATE);
            return new ReconcileScenario(settings).run();
        });
        run(settings, "startup", () -> {
            System.out.println("Demo app startup");
            return new StartupScenario(settings).run();
        });
        run(settings, "simulator", () -> {
            System.out.println("Simulator throughput and start");
            return new SimulatorScenario(settings).run();
        });
        System.exit(0);
    }

    interface Scenario {
        Section run() throws Exception;
    }

    /** Runs one scenario when selected, writes its block of the doc and prints its summary. */
    private static void run(BenchSettings settings, String key, Scenario scenario) throws Exception {
        if (!settings.runs(key)) {
            return;
        }
        Instant started = Instant.now();
        String loadBefore = Machine.loadAverage();
        Section section = scenario.run();
        Duration took = Duration.between(started, Instant.now());
        DocFile.write(
                settings.doc(),
                key,
                Report.render(
                        settings, key, TITLES.get(key), section, started, took, loadBefore, Machine.loadAverage()));
        System.out.println("In short" + (settings.quick() ? " (smoke run)" : "")
                + (Quietness.worstPercent() > 15
                        ? " (machine NOT quiet: others took up to " + Spread.number(Quietness.worstPercent(), 0)
                                + "% of the cores)"
                        : "")
                + ":");
        section.summary().forEach(line -> System.out.println("  " + line));
        System.out.println(key + " took " + took.toSeconds() + " s; wrote its section of " + settings.doc());
    }
}
