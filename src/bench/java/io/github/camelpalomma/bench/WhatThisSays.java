package io.github.camelpalomma.bench;

import java.util.Map;

/** The short reading of a run that ends the report: the goals met and missed, and how far to trust the figures. */
final class WhatThisSays {

    private WhatThisSays() {
    }

    static String text(Map<String, Section> sections) {
        StringBuilder sb = new StringBuilder();
        long missed = sections.values().stream().flatMap(s -> s.verdicts().stream()).filter(v -> v.contains("**missed**")).count();
        long met = sections.values().stream().flatMap(s -> s.verdicts().stream()).filter(v -> v.contains("**met**")).count();
        long open = sections.values().stream().flatMap(s -> s.verdicts().stream()).filter(v -> v.contains("not measured")).count();
        sb.append("- ").append(met).append(" goal(s) met, ").append(missed).append(" missed, ").append(open)
                .append(" not measured yet (see Goals above; a missed goal says by how much).\n");
        sb.append("- Ratios are taken within one run, repetition by repetition, so they survive a slower or faster machine better "
                  + "than absolute req/s, which moved by +-20 % between runs on this 2-core machine (RESULTS.md, Noise). CPU "
                  + "microseconds per call is the portable cost: 1e6 / CPU us = calls per fully used core.\n");
        sb.append("- At concurrency 16 everything is CPU-bound on 2 cores: the stub (A) or the load generator (B) shares the "
                  + "cores with the subject, so throughput there is what the whole box does, and p99 includes queueing.\n");
        if (missed > 0) {
            sb.append("- Where a goal is missed, the profile notes outside this generated block say which frames cost "
                      + "(JFR: `-Dbench.jfr=true`, then `jfr print --events jdk.ExecutionSample target/bench/jfr/<child>.jfr`).\n");
        }
        return sb.toString();
    }
}
