package io.github.camelpalomma.simulator;

/** Prints how long a cold and a warm in-process start take (a fresh JVM per run); not a test. */
public final class StartupProbe {

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
