package io.github.camelpalomma.simulator;

/**
 * Prints how long a cold and a warm in-process start of the simulator take; run by the bench profile in a fresh JVM per
 * run ({@code mvn -q -Pbench verify -Dbench.only=simulator}).
 */
public final class SimulatorStartupProbe {

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        try (PalommaSimulator cold = PalommaSimulator.builder().build().start()) {
            long cold1 = (System.nanoTime() - t0) / 1_000_000;
            long t1 = System.nanoTime();
            try (PalommaSimulator warm = PalommaSimulator.builder().build().start()) {
                System.out.printf("coldStartMs=%d warmStartMs=%d%n", cold1, (System.nanoTime() - t1) / 1_000_000);
            }
        }
    }
}
