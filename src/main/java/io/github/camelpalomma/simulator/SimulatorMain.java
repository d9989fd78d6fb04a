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
package io.github.camelpalomma.simulator;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone command: {@code PalommaSimulator --port 8088 [--host 0.0.0.0] [--public-url URL] [--api-key K] [--integrity-key K]
 * [--webhook-url URL]... [--auto-complete 3s] [--payout-target-status pending|active]}.
 */
final class SimulatorMain {

    private SimulatorMain() {}

    static void run(String[] args) throws InterruptedException {
        PalommaSimulator.Builder builder = PalommaSimulator.builder().port(8088);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if ("--help".equals(option) || "-h".equals(option)) {
                System.out.println(
                        "Options: --port N (8088; 0 = free) --host ADDR (127.0.0.1) --public-url URL --api-key KEY --integrity-key KEY"
                                + " --webhook-url URL (repeatable) --auto-complete DURATION (e.g. 3s, 500ms) --payout-target-status pending|active"
                                + " --remote-control true (accept control actions from other machines)");
                return;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(Integer.parseInt(value));
                case "--host" -> builder.host(value);
                case "--public-url" -> builder.publicUrl(value);
                case "--api-key" -> builder.apiKey(value);
                case "--integrity-key" -> builder.integrityKey(value);
                case "--webhook-url" -> builder.webhookUrl(value);
                case "--auto-complete" -> builder.autoComplete(duration(value));
                case "--payout-target-status" -> builder.payoutTargetInitialStatus(value);
                case "--remote-control" -> builder.remoteControl(Boolean.parseBoolean(value));
                default -> throw new IllegalArgumentException("unknown option " + option + " (try --help)");
            }
        }
        PalommaSimulator simulator = builder.build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }));
        System.out.println("Palomma simulator listening on " + simulator.baseUrl() + " (bearer key "
                + simulator.apiKey() + ", started in " + simulator.startupMillis() + " ms; control API at "
                + simulator.origin() + "/_simulator)");
        stopped.await();
    }

    /** 3s, 500ms, 2m, or an ISO-8601 duration (PT3S). */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("s")) {
            return Duration.ofMillis((long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
        }
        if (t.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        return Duration.parse(text);
    }
}
