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
                from("platform-http:" + PATH + "?httpMethodRestrict=POST")
                        .process(exchange -> {
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
