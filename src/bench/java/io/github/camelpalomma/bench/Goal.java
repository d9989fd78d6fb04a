package io.github.camelpalomma.bench;

import java.util.Locale;

/** One goal of the issue, checked on a median ratio; says by how much it was met or missed. */
record Goal(String what, double actual, double target, boolean atLeast) {

    boolean met() {
        return atLeast ? actual >= target : actual <= target;
    }

    String verdict() {
        if (Double.isNaN(actual)) {
            return "not measured";
        }
        String got = String.format(Locale.ROOT, "%.2fx", actual);
        String want = (atLeast ? ">= " : "<= ") + String.format(Locale.ROOT, "%.2fx", target);
        if (met()) {
            return "**met** (" + got + ", goal " + want + ")";
        }
        double gap = atLeast ? (target - actual) / target : (actual - target) / target;
        return "**missed** by " + String.format(Locale.ROOT, "%.0f %%", gap * 100) + " (" + got + ", goal " + want + ")";
    }
}
