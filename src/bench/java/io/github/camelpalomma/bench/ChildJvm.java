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
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One measured subject in its own fresh JVM, with this JVM's class path. Talks over stdin/stdout lines: the child prints
 * {@code READY <port>}, {@code UNAVAILABLE <why>} or {@code RESULT <json>}; the parent may send commands on stdin.
 * Everything the child prints also goes to a log file under the work directory.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final BufferedWriter stdin;
    private final String name;

    private ChildJvm(String name, Process process) {
        this.name = name;
        this.process = process;
        this.stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    }

    static ChildJvm start(String name, Path logDir, List<String> jvmOptions, Class<?> main, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        ChildJvm child = new ChildJvm(name, builder.start());
        Thread pump = new Thread(() -> child.pump(log), "child-out-" + name);
        pump.setDaemon(true);
        pump.start();
        return child;
    }

    private void pump(Path log) {
        try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = out.readLine()) != null) {
                file.println(line);
                if (line.startsWith("READY ") || line.startsWith("RESULT ") || line.startsWith("UNAVAILABLE ")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            lines.add("UNAVAILABLE output lost: " + e);
        }
        lines.add("EXITED");
    }

    /** The next protocol line, or null after the timeout. */
    String await(long timeoutSeconds) throws InterruptedException {
        return lines.poll(timeoutSeconds, TimeUnit.SECONDS);
    }

    /** Waits for the RESULT line and parses it; throws with the child's own reason otherwise. */
    Map<String, Object> result(long timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            long left = TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime());
            String line = await(Math.max(1, left));
            if (line == null || System.nanoTime() > deadline) {
                throw new ChildFailed(name + ": no result within " + timeoutSeconds + " s");
            }
            if (line.startsWith("RESULT ")) {
                return Json.parse(line.substring(7));
            }
            if (line.startsWith("UNAVAILABLE ")) {
                throw new Unavailable(line.substring(12));
            }
            if (line.equals("EXITED")) {
                throw new ChildFailed(name + ": exited without a result (see target/bench/logs)");
            }
        }
    }

    void send(String command) throws IOException {
        stdin.write(command);
        stdin.newLine();
        stdin.flush();
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
            }
        }
    }

    /** The child could not produce a result. */
    static class ChildFailed extends Exception {
        ChildFailed(String message) {
            super(message);
        }
    }

    /** The subject does not exist yet (a slot still to fill). */
    static final class Unavailable extends ChildFailed {
        Unavailable(String message) {
            super(message);
        }
    }
}
