package io.github.camelpalomma.bench;

import java.util.ArrayList;
import java.util.List;

/** Subjects take turns: repetition r starts with subject r, so no subject is always first or last. */
final class Rotation {

    private Rotation() {
    }

    static <T> List<T> order(List<T> subjects, int repetition) {
        List<T> order = new ArrayList<>(subjects.size());
        for (int i = 0; i < subjects.size(); i++) {
            order.add(subjects.get((i + repetition) % subjects.size()));
        }
        return order;
    }
}
