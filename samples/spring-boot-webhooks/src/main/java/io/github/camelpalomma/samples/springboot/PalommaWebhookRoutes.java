package io.github.camelpalomma.samples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.webhook.PalommaWebhookEvent;

/**
 * Palomma's payin-link.update webhooks, on POST /palomma/webhooks of this application's own web server (platform-http on
 * Spring Boot's servlet engine). The component verifies each signature before the route runs and answers 200 once the
 * route succeeded, 401 to a forgery.
 */
@Component
public class PalommaWebhookRoutes extends RouteBuilder {

    private final PaidOrders paidOrders;

    public PalommaWebhookRoutes(PaidOrders paidOrders) {
        this.paidOrders = paidOrders;
    }

    @Override
    public void configure() {
        from("palomma:payinLinks?integrityKey={{palomma.integrityKey}}").routeId("payin-link-events")
                .filter(simple("${body.status} == 'approved'"))
                .process(exchange -> {
                    PayinLink link = exchange.getMessage().getBody(PalommaWebhookEvent.class).eventAs(PayinLink.class);
                    paidOrders.markPaid(link.reference());
                    exchange.getMessage().setHeader("orderReference", link.reference());
                })
                .log("Order ${header.orderReference} paid");
    }
}
