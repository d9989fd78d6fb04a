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
