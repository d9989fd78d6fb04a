package io.github.camelpalomma.samples.springboot;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** Stands for the shop's order book: the references of the orders Palomma reported paid. */
@Component
public class PaidOrders {

    private final Set<String> references = ConcurrentHashMap.newKeySet();

    void markPaid(String reference) {
        references.add(reference);
    }

    public boolean isPaid(String reference) {
        return references.contains(reference);
    }
}
