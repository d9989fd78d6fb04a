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
package io.github.camelpalomma.samples.javadsl;

import java.util.List;

import org.apache.camel.builder.endpoint.EndpointRouteBuilder;

import io.github.camelpalomma.dsl.PalommaEndpointBuilderFactory.PalommaBuilders;
import io.github.camelpalomma.model.Customer;
import io.github.camelpalomma.model.NewCustomer;
import io.github.camelpalomma.model.NewPayinLink;
import io.github.camelpalomma.model.PalommaOperation;
import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.webhook.PalommaWebhookEvent;

/** Typed all the way: Endpoint DSL builders for the URIs, the component's request and event classes for the bodies. */
public class CheckoutRoutes extends EndpointRouteBuilder implements PalommaBuilders {

    static final String ORDER = "order-1001";

    private final PaidOrders paidOrders;

    public CheckoutRoutes(PaidOrders paidOrders) {
        this.paidOrders = paidOrders;
    }

    @Override
    public void configure() {
        from(timer("checkout").repeatCount(1))
                .routeId("checkout")
                .setBody(constant(new NewCustomer(
                        "customer-1001", "Ana Gómez", "cc", "1037551022", "ana@example.co", "3013111111")))
                .to(palomma("customers").operation(PalommaOperation.create))
                .process(e -> {
                    Customer customer = e.getMessage().getBody(Customer.class);
                    e.getMessage()
                            .setBody(NewPayinLink.general(
                                            customer.id(),
                                            89_900,
                                            "https://shop.example/thanks",
                                            List.of("pse", "nequiButton"))
                                    .withReference(ORDER));
                })
                .to(palomma("payinLinks").operation(PalommaOperation.create))
                .log("Order ${body.reference}: the customer pays at ${body.paymentUrl}");

        from(palomma("payinLinks"))
                .routeId("order-paid")
                .filter(simple("${body.event.status} == 'approved'"))
                .process(e -> {
                    PayinLink link =
                            e.getMessage().getBody(PalommaWebhookEvent.class).eventAs(PayinLink.class);
                    paidOrders.markPaid(link.reference());
                })
                .log("Order ${body.event.reference} paid: ${body.event.amountCollected} COP");
    }
}
