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

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.camelpalomma.PalommaComponent;
import io.github.camelpalomma.PalommaConfiguration;
import io.github.camelpalomma.simulator.PalommaSimulator;
import io.github.camelpalomma.support.Deliveries;

/**
 * One application node: a CamelContext with its own HTTP server for webhooks, reconciling consumers of payin links and
 * payout requests whose routes record what they receive, and producers that create both.
 */
final class Node implements AutoCloseable {

    final String name;
    final CamelContext context;
    final int port;
    final ProducerTemplate template;

    Node(String name, PalommaSimulator simulator, ReconcileStore store, String options, Received received)
            throws Exception {
        this.name = name;
        context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        port = options.contains("webhooks=false") ? 0 : Deliveries.addServer(context);
        if (store != null) {
            context.getRegistry().bind("store", store);
        }
        PalommaConfiguration config =
                context.getComponent("palomma", PalommaComponent.class).getConfiguration();
        config.setBaseUrl(simulator.baseUrl());
        config.setApiKey(simulator.apiKey());
        config.setIntegrityKey(simulator.integrityKey());
        String reconcile = "?reconcile=true" + (store == null ? "" : "&reconcileStore=#store") + "&" + options;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("palomma:payinLinks" + reconcile).routeId(name + "-links").process(received.on(name));
                from("palomma:payoutRequests" + reconcile)
                        .routeId(name + "-payouts")
                        .process(received.on(name));
                from("direct:link").to("palomma:payinLinks?operation=create");
                from("direct:payout").to("palomma:payoutRequests?operation=create");
                from("direct:target").to("palomma:payoutTargets?operation=create");
                from("direct:customer").to("palomma:customers?operation=create");
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    String webhookUrl() {
        return "http://127.0.0.1:" + port + "/palomma/webhooks";
    }

    @Override
    public void close() {
        context.stop();
    }
}
