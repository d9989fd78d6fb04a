package io.github.camelpalomma.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/benchmarks.md: the harness owns only the text between {@link #BEGIN} and {@link #END}; everything else in the file
 * (sections other people wrote) is kept as it is. Without markers the block is appended.
 */
final class DocFile {

    static final String BEGIN = "<!-- bench:begin -->";
    static final String END = "<!-- bench:end -->";

    private DocFile() {
    }

    static void write(Path file, String block) throws IOException {
        String generated = BEGIN + "\n" + block.strip() + "\n" + END;
        String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String updated;
        int begin = old.indexOf(BEGIN);
        int end = old.indexOf(END);
        if (begin >= 0 && end > begin) {
            updated = old.substring(0, begin) + generated + old.substring(end + END.length());
        } else if (old.isBlank()) {
            updated = "# Benchmarks\n\n" + generated + "\n";
        } else {
            updated = old.stripTrailing() + "\n\n" + generated + "\n";
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }
}
