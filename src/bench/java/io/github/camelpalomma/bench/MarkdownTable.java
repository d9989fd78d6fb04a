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
            sb.append(' ').append("-".repeat(width[i] - (right[i] ? 1 : 0))).append(right[i] ? ":" : "").append(" |");
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
