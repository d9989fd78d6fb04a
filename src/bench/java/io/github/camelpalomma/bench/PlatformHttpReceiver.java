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
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * What a user writes without the component: a platform-http route whose first processor does {@link WebhookWork} (and
 * clears the request headers, which platform-http would otherwise echo back), then one more processor standing for the
 * user's route.
 */
final class PlatformHttpReceiver implements WebhookReceiver {

    private static final String ACCEPTED = "benchAccepted";

    private CamelContext camel;

    @Override
    public void start(int port, String integrityKey, WebhookCounters counters) throws Exception {
        WebhookWork work = new WebhookWork(integrityKey, counters);
        camel = CamelWebhookServer.create(port);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("platform-http:" + PATH + "?httpMethodRestrict=POST")
                        .process(exchange -> verify(exchange, work))
                        .process(exchange -> {
                            if (exchange.getProperty(ACCEPTED) != null) {
                                counters.handedOn.increment();
                            }
                        });
            }
        });
        camel.start();
    }

    private static void verify(Exchange exchange, WebhookWork work) {
        Message in = exchange.getMessage();
        WebhookWork.Outcome outcome =
                work.check(in.getHeader("X-Encoded-Data", String.class), in.getHeader("X-Signature", String.class));
        in.getHeaders().clear();
        in.setBody(null);
        in.setHeader(Exchange.HTTP_RESPONSE_CODE, outcome.status);
        if (outcome == WebhookWork.Outcome.ACCEPTED) {
            exchange.setProperty(ACCEPTED, Boolean.TRUE);
        }
    }

    @Override
    public void close() throws Exception {
        camel.close();
    }
}
