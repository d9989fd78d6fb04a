package io.github.camelpalomma.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.main.MainSupport;

/** A Camel Main (or KameletMain) application running on another thread, as `java -jar` would run it, until closed. */
public final class RunningMain implements AutoCloseable {

    private final MainSupport main;
    private final CompletableFuture<Void> running;

    private RunningMain(MainSupport main) {
        this.main = main;
        this.running = CompletableFuture.runAsync(() -> {
            try {
                main.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public static RunningMain start(MainSupport main) {
        return new RunningMain(main);
    }

    /** Whether run() returned: the application stopped, or never started. */
    public boolean ended() {
        return running.isDone();
    }

    @Override
    public void close() throws Exception {
        main.stop();
        running.get(30, TimeUnit.SECONDS);
    }
}
