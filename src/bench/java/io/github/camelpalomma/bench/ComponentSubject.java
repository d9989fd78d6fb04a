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
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.camelpalomma.model.PayinLink;

/**
 * The component with Camel's defaults: either a {@code direct:x} route to the palomma endpoint, as a user writes it, or a
 * producer template straight to the endpoint.
 */
final class ComponentSubject implements OutboundSubject {

    private final CamelContext camel = new DefaultCamelContext();
    private final ProducerTemplate template;
    private final Endpoint target;

    ComponentSubject(String baseUrl, boolean viaRoute) throws Exception {
        String uri = "palomma:payinLinks?operation=create&apiKey=bench-key&baseUrl=" + baseUrl;
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:x").to(uri);
            }
        });
        camel.start();
        this.template = camel.createProducerTemplate();
        this.target = camel.getEndpoint(viaRoute ? "direct:x" : uri);
    }

    @Override
    public PayinLink create() {
        return (PayinLink) template.requestBody(target, REQUEST);
    }

    @Override
    public void close() throws Exception {
        camel.close();
    }
}
