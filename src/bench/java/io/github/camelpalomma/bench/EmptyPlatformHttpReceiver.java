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
import org.apache.camel.builder.RouteBuilder;

/**
 * The framework's ceiling: a platform-http route that checks nothing and only answers 200 (request headers cleared so
 * they are not echoed). Counts every request as handed on.
 */
final class EmptyPlatformHttpReceiver implements WebhookReceiver {

    private CamelContext camel;

    @Override
    public void start(int port, String integrityKey, WebhookCounters counters) throws Exception {
        camel = CamelWebhookServer.create(port);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("platform-http:" + PATH + "?httpMethodRestrict=POST").process(exchange -> {
                    counters.requests.increment();
                    counters.handedOn.increment();
                    exchange.getMessage().getHeaders().clear();
                    exchange.getMessage().setBody(null);
                    exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
                });
            }
        });
        camel.start();
    }

    @Override
    public boolean verifies() {
        return false;
    }

    @Override
    public void close() throws Exception {
        camel.close();
    }
}
