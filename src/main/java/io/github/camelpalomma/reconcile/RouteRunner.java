package io.github.camelpalomma.reconcile;

import java.util.function.Consumer;

import io.github.camelpalomma.webhook.PalommaWebhookEvent;

/** Runs the consumer's route for one status change, as a webhook delivery would, whichever path found it. */
@FunctionalInterface
public interface RouteRunner {

    /**
     * @param source {@code webhook} or {@code poll}, for the header CamelPalommaEventSource
     * @param late   true when the consumer's out-of-order rules flag the event
     * @param done   receives null when the route succeeded, or its failure
     */
    void run(PalommaWebhookEvent event, String source, boolean late, Consumer<Exception> done);
}
