package io.github.camelpalomma.simulator;

/**
 * Counts the GETs of the API ({@code /v0/...}) per wall-clock second and remembers the busiest second, so a test can
 * check that a client keeps to a rate.
 */
final class CallMeter {

    private long second = -1;
    private int inSecond;
    private int busiest;
    private long total;

    synchronized void record(String method, String path) {
        if (!"GET".equals(method) || !path.startsWith(V0Api.PREFIX + "/")) {
            return;
        }
        long now = System.currentTimeMillis() / 1000;
        if (now != second) {
            second = now;
            inSecond = 0;
        }
        inSecond++;
        total++;
        busiest = Math.max(busiest, inSecond);
    }

    /** The most GETs answered within one wall-clock second since the start or the last reset. */
    synchronized int busiestSecond() {
        return busiest;
    }

    synchronized long total() {
        return total;
    }

    synchronized void reset() {
        second = -1;
        inSecond = 0;
        busiest = 0;
        total = 0;
    }
}
