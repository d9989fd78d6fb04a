package io.github.camelpalomma.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Spawns a process and times it from just before the spawn to its first output line matching a pattern; then ends it. */
final class StartupProbe {

    private StartupProbe() {
    }

    /** Milliseconds to the ready line, or -1 when it did not come within the timeout. */
    static double millisToReady(List<String> command, Path dir, Pattern ready, long timeoutSeconds) throws Exception {
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            String line;
            while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
                if (ready.matcher(line).find()) {
                    return (System.nanoTime() - t0) / 1e6;
                }
            }
            return -1;
        } finally {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }
}
