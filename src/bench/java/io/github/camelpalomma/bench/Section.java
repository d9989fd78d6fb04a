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

import java.util.ArrayList;
import java.util.List;

/** One scenario's part of the report: its markdown, and the summary lines printed at the end of a run. */
final class Section {

    private final StringBuilder markdown = new StringBuilder();
    private final List<String> summary = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Section text(String text) {
        markdown.append(text).append('\n');
        return this;
    }

    Section table(MarkdownTable table) {
        markdown.append('\n').append(table).append('\n');
        return this;
    }

    Section summary(String line) {
        summary.add(line);
        return this;
    }

    Section note(String line) {
        notes.add(line);
        return this;
    }

    String markdown() {
        StringBuilder sb = new StringBuilder(markdown);
        if (!notes.isEmpty()) {
            sb.append("\nNotes from this run:\n\n");
            notes.forEach(n -> sb.append("- ").append(n).append('\n'));
        }
        return sb.toString();
    }

    List<String> summary() {
        return summary;
    }
}
