package io.github.camelpalomma.bench;

import java.util.Map;

/** What a child JVM tells its parent on stdout (see {@link ChildJvm}). */
final class ChildOutput {

    private ChildOutput() {
    }

    static void ready(int port) {
        System.out.println("READY " + port);
        System.out.flush();
    }

    /** Also tells the child's whole CPU time so far, for {@link Quietness}. */
    static void result(Map<String, Object> result) {
        result.put("processCpuNanos", ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime());
        System.out.println("RESULT " + Json.write(result));
        System.out.flush();
    }

    static void unavailable(String why) {
        System.out.println("UNAVAILABLE " + why.replace('\n', ' '));
        System.out.flush();
    }
}
