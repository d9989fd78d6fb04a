package io.github.camelpalomma.samples.javadsl;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Stands for the shop's order book: the references of the orders Palomma reported paid. */
public final class PaidOrders {

    private final Set<String> references = ConcurrentHashMap.newKeySet();

    void markPaid(String reference) {
        references.add(reference);
    }

    public boolean isPaid(String reference) {
        return references.contains(reference);
    }

    public Set<String> references() {
        return Set.copyOf(references);
    }
}
