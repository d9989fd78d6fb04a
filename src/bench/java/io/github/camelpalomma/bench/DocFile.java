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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/benchmarks.md: each scenario owns the text between its own markers ({@code <!-- bench:KEY:begin -->} and
 * {@code <!-- bench:KEY:end -->}), so a run of some scenarios leaves the others' figures, and everything outside the
 * markers, as they are. A scenario without markers yet is appended.
 */
final class DocFile {

    private DocFile() {}

    static String begin(String key) {
        return "<!-- bench:" + key + ":begin -->";
    }

    static String end(String key) {
        return "<!-- bench:" + key + ":end -->";
    }

    static void write(Path file, String key, String block) throws IOException {
        String generated = begin(key) + "\n" + block.strip() + "\n" + end(key);
        String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String updated;
        int begin = old.indexOf(begin(key));
        int end = old.indexOf(end(key));
        if (begin >= 0 && end > begin) {
            updated = old.substring(0, begin) + generated + old.substring(end + end(key).length());
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
