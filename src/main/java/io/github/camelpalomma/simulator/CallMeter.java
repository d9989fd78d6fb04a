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
