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
package io.github.camelpalomma.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A receiver in a JVM of its own, so that a test can give it a small heap: a CamelContext with one palomma:webhooks
 * consumer on a Vert.x platform-http server. Arguments: port, integrity key, extra endpoint options (may be empty).
 * Prints {@code READY} once it receives, and {@code PROCESSED <webhookId>} for every event its route runs.
 */
public final class WebhookReceiverMain {

    private WebhookReceiverMain() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String key = args[1];
        String options = args.length > 2 ? args[2] : "";
        AtomicInteger processed = new AtomicInteger();
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            Deliveries.addServer(context, port);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("palomma:webhooks?integrityKey=" + key + options).process(e -> {
                        processed.incrementAndGet();
                        System.out.println("PROCESSED " + e.getMessage().getHeader("CamelPalommaWebhookId"));
                    });
                }
            });
            context.start();
            System.out.println("READY");
            new CountDownLatch(1).await();
        }
    }
}
