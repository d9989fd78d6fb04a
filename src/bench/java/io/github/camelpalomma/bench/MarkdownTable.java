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

/** A markdown table with aligned columns; columns whose header starts with '>' are right-aligned. */
final class MarkdownTable {

    private final String[] headers;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();

    MarkdownTable(String... headers) {
        this.headers = new String[headers.length];
        this.right = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            right[i] = headers[i].startsWith(">");
            this.headers[i] = right[i] ? headers[i].substring(1) : headers[i];
        }
    }

    MarkdownTable row(Object... cells) {
        String[] row = new String[headers.length];
        for (int i = 0; i < headers.length; i++) {
            row[i] = i < cells.length && cells[i] != null ? cells[i].toString() : "";
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    @Override
    public String toString() {
        int[] width = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            width[i] = Math.max(3, headers[i].length());
            for (String[] row : rows) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers, width);
        sb.append('|');
        for (int i = 0; i < headers.length; i++) {
            sb.append(' ')
                    .append("-".repeat(width[i] - (right[i] ? 1 : 0)))
                    .append(right[i] ? ":" : "")
                    .append(" |");
        }
        sb.append('\n');
        for (String[] row : rows) {
            line(sb, row, width);
        }
        return sb.toString();
    }

    private void line(StringBuilder sb, String[] cells, int[] width) {
        sb.append('|');
        for (int i = 0; i < cells.length; i++) {
            String pad = " ".repeat(width[i] - cells[i].length());
            sb.append(' ').append(right[i] ? pad + cells[i] : cells[i] + pad).append(" |");
        }
        sb.append('\n');
    }
}
