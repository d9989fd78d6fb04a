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
 * Prints how long a cold and a warm in-process start of the simulator take; run by the bench profile in a fresh JVM per
 * run ({@code mvn -q -Pbench verify -Dbench.only=simulator}).
 */
public final class SimulatorStartupProbe {

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
