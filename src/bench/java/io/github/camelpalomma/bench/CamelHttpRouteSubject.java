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
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.camelpalomma.model.PayinLink;

/**
 * What a user writes without the component: headers, {@code marshal().json()}, a camel-http
 * {@code toD}, {@code unmarshal().json(PayinLink.class)}, all Camel defaults.
 */
final class CamelHttpRouteSubject implements OutboundSubject {

    private final CamelContext camel = new DefaultCamelContext();
    private final ProducerTemplate template;
    private final Endpoint direct;

    CamelHttpRouteSubject(String baseUrl) throws Exception {
        String origin = baseUrl.substring(0, baseUrl.length() - "/v0".length());
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:x")
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .setHeader("Accept", constant("application/json"))
                        .setHeader("Authorization", constant("Bearer bench-key"))
                        .setProperty("palommaPath", constant("/v0/payinLinks"))
                        .marshal()
                        .json()
                        .toD(origin + "${exchangeProperty.palommaPath}")
                        .unmarshal()
                        .json(PayinLink.class);
            }
        });
        camel.start();
        this.template = camel.createProducerTemplate();
        this.direct = camel.getEndpoint("direct:x");
    }

    @Override
    public PayinLink create() {
        return (PayinLink) template.requestBody(direct, REQUEST);
    }

    @Override
    public void close() throws Exception {
        camel.close();
    }
}
