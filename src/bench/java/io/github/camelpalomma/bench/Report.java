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

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The generated block of one scenario in docs/benchmarks.md: title, how and when it was measured, the figures. */
final class Report {

    static final String COMMAND = "mvn -q -Pbench verify";

    private Report() {}

    static String render(
            BenchSettings settings,
            String key,
            String title,
            Section section,
            Instant started,
            Duration took,
            String loadBefore,
            String loadAfter) {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(title).append("\n\n");
        md.append("Reproduce: `")
                .append(COMMAND)
                .append(" -Dbench.only=")
                .append(key)
                .append("`. Measured ")
                .append(DateTimeFormatter.ISO_INSTANT.format(
                        started.atOffset(ZoneOffset.UTC).withNano(0)))
                .append(" in ")
                .append(took.toSeconds())
                .append(" s, ")
                .append(settings.reps())
                .append(" repetition(s); machine: ")
                .append(Machine.describe())
                .append("; load average before ")
                .append(loadBefore)
                .append(", after ")
                .append(loadAfter)
                .append(".\n\n");
        if (settings.quick()) {
            md.append(
                    "**Smoke run (`-Dbench.quick=true`, 1 repetition, short phases): these figures show that the harness "
                            + "works, nothing more.**\n\n");
        }
        if (Quietness.worstPercent() > 15) {
            md.append("**The machine was not quiet: other processes took up to "
                    + Spread.number(Quietness.worstPercent(), 0)
                    + " % of the cores while a measured JVM ran; rerun on a quiet machine before comparing.**\n\n");
        }
        md.append(section.markdown());
        if (!section.summary().isEmpty()) {
            md.append("\nIn short:\n\n");
            section.summary().forEach(line -> md.append("- ").append(line).append('\n'));
        }
        return md.toString();
    }
}
