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

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;

/**
 * ===================================================================================================================
 * SLOT for the component's webhook consumer (scenario B subjects "component" and "component-el").
 * ===================================================================================================================
 * <p>
 * The route is already written the way a user writes it: {@code from("palomma:webhooks?integrityKey=K")} on the same
 * platform-http-vertx server as the hand-written receivers, with a trivial processor that counts the event. The
 * consumer itself verifies, decodes, parses, dedupes and answers (200 / 200 for a duplicate / 401 forged).
 * <ul>
 * <li>"component" (the default mode, the route may block) works as soon as {@code PalommaEndpoint.createConsumer}
 * does; until then the child reports the subject as unavailable and the report says "not measured yet".</li>
 * <li>"component-el" (the opt-in mode for routes that never block): set {@link #EVENT_LOOP_OPTION} to the endpoint
 * option that turns it on, e.g. {@code "eventLoop=true"}.</li>
 * </ul>
 * If the consumer listens on a path other than {@link WebhookReceiver#PATH}, add {@code &webhookPath=...} below.
 */
final class ComponentWebhookReceiver implements WebhookReceiver {

    /** FILL IN: the opt-in option of the event-loop mode, e.g. "eventLoop=true"; null while it does not exist. */
    static final String EVENT_LOOP_OPTION = "webhookEventLoop=true";

    private final boolean eventLoop;
    private CamelContext camel;

    ComponentWebhookReceiver(boolean eventLoop) {
        this.eventLoop = eventLoop;
    }

    @Override
    public void start(int port, String integrityKey, WebhookCounters counters) throws Exception {
        if (eventLoop && EVENT_LOOP_OPTION == null) {
            throw new UnsupportedOperationException(
                    "the opt-in event-loop mode: set ComponentWebhookReceiver.EVENT_LOOP_OPTION");
        }
        String uri = "palomma:webhooks?integrityKey=" + integrityKey + (eventLoop ? "&" + EVENT_LOOP_OPTION : "");
        camel = CamelWebhookServer.create(port);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("palomma-webhooks").process(exchange -> counters.handedOn.increment());
            }
        });
        try {
            camel.start();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof UnsupportedOperationException unsupported) {
                    throw unsupported;
                }
            }
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        if (camel != null) {
            camel.close();
        }
    }
}
