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
