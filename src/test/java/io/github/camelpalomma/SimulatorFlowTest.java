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
package io.github.camelpalomma;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.model.Customer;
import io.github.camelpalomma.model.MerchantAccount;
import io.github.camelpalomma.model.NewPayinLink;
import io.github.camelpalomma.model.NewPayoutRequest;
import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.model.PayoutRequest;
import io.github.camelpalomma.model.PayoutTarget;
import io.github.camelpalomma.simulator.PalommaSimulator;
import io.github.camelpalomma.support.Deliveries;
import io.github.camelpalomma.support.NewResources;
import io.github.camelpalomma.webhook.PalommaWebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A whole payment flow with environment=simulator: the component starts the embedded simulator, whose signed webhooks
 * the same context's consumers verify, route and deduplicate end to end.
 */
class SimulatorFlowTest extends CamelTestSupport {

    int port;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        port = Deliveries.addServer(context);
        PalommaConfiguration config =
                context.getComponent("palomma", PalommaComponent.class).getConfiguration();
        config.setEnvironment(PalommaEnvironment.simulator);
        config.setSimulatorWebhookUrl("http://127.0.0.1:" + port + "/palomma/webhooks");
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:customer").to("palomma:customers?operation=create");
                from("direct:link").to("palomma:payinLinks?operation=create");
                from("direct:target").to("palomma:payoutTargets?operation=create");
                from("direct:payout").to("palomma:payoutRequests?operation=create");
                from("direct:account").to("palomma:merchantAccounts?operation=get&id=default");
                from("palomma:payinLinks").to("mock:links");
                from("palomma:webhooks?eventTypes=payout-target.update,payout-request.update")
                        .to("mock:payouts");
            }
        };
    }

    private PalommaSimulator simulator() {
        return context.getComponent("palomma", PalommaComponent.class).getSimulator();
    }

    @Test
    void payInThenPayOutWithSignedWebhooksFromTheSimulator() throws Exception {
        Customer customer = template.requestBody("direct:customer", NewResources.customer("c-1"), Customer.class);
        PayinLink link = template.requestBody(
                "direct:link",
                NewPayinLink.general(customer.id(), 120_000, "https://shop.example/thanks", List.of("pse"))
                        .withReference("order-9"),
                PayinLink.class);
        assertThat(link.status()).isEqualTo("pending");
        assertThat(link.paymentUrl()).startsWith(simulator().origin());

        simulator().control().processPayinLink(link.id());
        simulator().control().approvePayinLink(link.id());

        MockEndpoint links = getMockEndpoint("mock:links");
        await().atMost(10, TimeUnit.SECONDS)
                .until(() -> links.getExchanges().stream().anyMatch(e -> "approved"
                        .equals(e.getMessage()
                                .getBody(PalommaWebhookEvent.class)
                                .status())));
        PalommaWebhookEvent approved = links.getExchanges().stream()
                .map(e -> e.getMessage().getBody(PalommaWebhookEvent.class))
                .filter(e -> e.status().equals("approved"))
                .findFirst()
                .orElseThrow();
        assertThat(approved.eventAs(PayinLink.class).amountCollected()).isEqualTo(120_000L);
        assertThat(approved.eventAs(PayinLink.class).reference()).isEqualTo("order-9");

        PayoutTarget target = template.requestBody(
                "direct:target", NewResources.bankAccountTarget(customer.id()), PayoutTarget.class);
        simulator().control().activatePayoutTarget(target.id());
        MerchantAccount before = template.requestBody("direct:account", null, MerchantAccount.class);
        PayoutRequest payout = template.requestBody(
                "direct:payout", NewPayoutRequest.of(target.id(), 50_000, "payout-9"), PayoutRequest.class);
        simulator().control().completePayoutRequest(payout.id(), "approved", null);

        MockEndpoint payouts = getMockEndpoint("mock:payouts");
        await().atMost(10, TimeUnit.SECONDS).until(() -> payouts.getExchanges().stream()
                .map(e -> e.getMessage().getBody(PalommaWebhookEvent.class))
                .anyMatch(e -> e.eventType().equals("payout-request.update")
                        && e.status().equals("approved")));
        MerchantAccount after = template.requestBody("direct:account", null, MerchantAccount.class);
        assertThat(after.availableBalance()).isLessThan(before.availableBalance());
        assertThat(links.getExchanges()).allSatisfy(e -> assertThat(
                        e.getMessage().getBody(PalommaWebhookEvent.class).eventType())
                .isEqualTo("payin-link.update"));
        assertThat(simulator().control().deliveries())
                .allSatisfy(d -> assertThat(d.succeeded()).isTrue());
    }
}
