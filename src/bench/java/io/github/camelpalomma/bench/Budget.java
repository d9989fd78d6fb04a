package io.github.camelpalomma.bench;

/**
 * The wall time one scenario may take, so that the whole run stays under 5 minutes on any machine: a child JVM is not
 * started once too little is left (the report says what was skipped), and each load phase is capped by what is left.
 */
final class Budget {

    private final long deadline;

    private Budget(long seconds) {
        this.deadline = System.nanoTime() + seconds * 1_000_000_000L;
    }

    static Budget ofSeconds(long seconds) {
        return new Budget(seconds);
    }

    long secondsLeft() {
        return Math.max(0, (deadline - System.nanoTime()) / 1_000_000_000L);
    }

    /** True while at least {@code seconds} are left. */
    boolean allows(long seconds) {
        return secondsLeft() >= seconds;
    }

    /** A phase cap: {@code max} seconds, or less if less is left (at least 1). */
    long cap(long max) {
        return Math.max(1, Math.min(max, secondsLeft()));
    }
}
