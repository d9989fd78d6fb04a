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
        from("palomma:payinLinks?integrityKey={{palomma.integrityKey}}")
                .routeId("payin-link-events")
                .filter(simple("${body.status} == 'approved'"))
                .process(exchange -> {
                    PayinLink link = exchange.getMessage()
                            .getBody(PalommaWebhookEvent.class)
                            .eventAs(PayinLink.class);
                    paidOrders.markPaid(link.reference());
                    exchange.getMessage().setHeader("orderReference", link.reference());
                })
                .log("Order ${header.orderReference} paid");
    }
}
