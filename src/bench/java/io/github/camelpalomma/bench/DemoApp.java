package io.github.camelpalomma.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * ===================================================================================================================
 * SLOT for the demo app (Camel Main, routes/, simulator): how to start it and how to tell it is ready.
 * ===================================================================================================================
 * <p>
 * Fill in {@link #command} with the process to spawn (as the README starts it, but with a plain {@code java} command on
 * this JVM's class path, so no build step is timed), and {@link #READY} with a line it prints once it can take traffic.
 * Until then the startup scenario reports "not measured yet".
 */
final class DemoApp {

    /** FILL IN: the line that says the demo is ready, e.g. Camel Main's "Apache Camel ... started in". */
    static final Pattern READY = Pattern.compile("Apache Camel .* started in");

    private DemoApp() {
    }

    /**
     * FILL IN: the demo's command, or null while there is no demo app. A likely shape once routes/ exists:
     * {@code List.of(java, "-cp", classPath, "org.apache.camel.main.Main")} with the working directory at the project root
     * and {@code camel.main.routesIncludePattern} pointing at routes/.
     */
    static List<String> command(String java, String classPath, Path projectDir) {
        return null;
    }
}
