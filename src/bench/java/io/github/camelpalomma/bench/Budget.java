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

/**
 * The wall time one scenario may take, so that the whole run stays under 5 minutes on any machine: a child JVM is not
 * started once too little is left (the report says what was skipped), and each load phase is capped by what is left.
 */
final class Budget {

    private final long deadline;

    private Budget(long seconds) {
        this.deadline = System.nanoTime() + seconds * 1_000_000_000L;
    }

    static Budget ofSeconds(long seconds) {
        return new Budget(seconds);
    }

    long secondsLeft() {
        return Math.max(0, (deadline - System.nanoTime()) / 1_000_000_000L);
    }

    /** True while at least {@code seconds} are left. */
    boolean allows(long seconds) {
        return secondsLeft() >= seconds;
    }

    /**
     * True, with a note in the section, when less than {@code seconds} is left to run the child JVM {@code name}: the
     * caller skips it.
     */
    boolean spentFor(String name, long seconds, Section section) {
        if (allows(seconds)) {
            return false;
        }
        section.note(name + " skipped: the scenario's time budget was spent (machine too slow or busy)");
        return true;
    }

    /** A phase cap: {@code max} seconds, or less if less is left (at least 1). */
    long cap(long max) {
        return Math.max(1, Math.min(max, secondsLeft()));
    }
}
