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

    private StartupProbe() {}

    /** Milliseconds to the ready line, or -1 when it did not come within the timeout. */
    static double millisToReady(List<String> command, Path dir, Pattern ready, long timeoutSeconds) throws Exception {
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
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
