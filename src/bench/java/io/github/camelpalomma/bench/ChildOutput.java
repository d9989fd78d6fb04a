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

import java.util.Map;

/** What a child JVM tells its parent on stdout (see {@link ChildJvm}). */
final class ChildOutput {

    private ChildOutput() {}

    static void ready(int port) {
        System.out.println("READY " + port);
        System.out.flush();
    }

    /** Also tells the child's whole CPU time so far, for {@link Quietness}. */
    static void result(Map<String, Object> result) {
        result.put(
                "processCpuNanos",
                ((com.sun.management.OperatingSystemMXBean)
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime());
        System.out.println("RESULT " + Json.write(result));
        System.out.flush();
    }

    static void unavailable(String why) {
        System.out.println("UNAVAILABLE " + why.replace('\n', ' '));
        System.out.flush();
    }
}
