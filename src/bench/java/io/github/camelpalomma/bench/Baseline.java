package io.github.camelpalomma.bench;

/**
 * The baseline this project measured before the component existed, quoted from shared/anchors/RESULTS.md ("Summary: 5
 * runs of the final harness, 2026-11-23" and "Webhook ceiling experiment"), same machine kind (2 cores). Medians of 5
 * per-run medians [lowest-highest]; the anchors' "hc5" client is this harness's "raw".
 */
final class Baseline {

    static final String SOURCE = "shared/anchors/RESULTS.md (anchors harness, 2026-11-23, 2 cores, Java 17)";

    static final String OUTBOUND = """
            | baseline client (RESULTS.md)                 | conc | req/s                  | p50 us        | p99 us              | client CPU us/req | alloc KB/req |
            | -------------------------------------------- | ---: | ---------------------: | ------------: | ------------------: | ----------------: | -----------: |
            | hc5: Apache HC5 classic + Jackson (= raw)    |    1 | 18 978 [14 430-19 891] |    49 [48-50] |       106 [102-155] |       89 [85-116] |         10.3 |
            | camel: hand-written camel-http route         |    1 | 10 354 [9 626-10 768]  |    86 [83-90] |       173 [165-206] |     174 [160-177] |         85.4 |
            | hc5: Apache HC5 classic + Jackson (= raw)    |   16 | 30 456 [23 590-41 287] | 383 [290-505] | 3 846 [2 839-4 884] |        52 [37-67] |         10.2 |
            | camel: hand-written camel-http route         |   16 | 17 058 [14 844-21 808] | 691 [523-786] | 5 936 [5 029-6 280] |      100 [78-116] |         85.1 |

            Baseline ratio camel / hc5: 0.55x [0.51-0.70] throughput at c=1, **0.56x [0.51-0.72] at c=16** (1.93x the CPU per request).
            """;

    static final String WEBHOOK = """
            | baseline receiver (RESULTS.md, ceiling experiment) | accepted/s             | p99 us              | CPU us/webhook   | ratio to raw          |
            | -------------------------------------------------- | ---------------------: | ------------------: | ---------------: | --------------------: |
            | raw Vert.x                                         | 27 307 [24 888-29 870] | 4 482 [3 121-4 906] | 56.8 [50.5-62.5] | 1.00x                 |
            | camel: hand-written platform-http route            | 19 160 [16 317-20 977] | 4 441 [4 166-4 768] | 83.4 [75.0-95.8] | 0.71x [0.61-0.78]     |
            | camel-empty: platform-http, answers 200 only       | 19 586 [18 368-22 018] | 3 832 [2 068-4 312] | 79.7 [72.8-88.8] | 0.73x [0.66-0.83]     |
            | camel-router-el: Camel's router, route on event loop | 24 924 [22 799-25 382] | 2 114 [1 667-2 636] | 62.4 [60.0-71.0] | 0.90x [0.84-0.98]  |

            In the 5-run summary of RESULTS.md the hand-written route came out at 0.62x [0.54-0.66] of raw at 1.72x the CPU
            (106 vs 62.5 us per webhook); the issue quotes 0.62-0.71x at 1.5-1.7x the CPU.
            """;

    static final String STARTUP = "Baseline: the smallest Camel Main + one YAML route (timer -> log) took 542 ms [454-572] to its "
                                  + "first \"Started\" line (RESULTS.md, scenario C, Java 17).";

    private Baseline() {
    }
}
