package io.github.camelpalomma.bench;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

/** A CamelContext whose platform-http runs on camel-platform-http-vertx, bound to 127.0.0.1 on the given port. */
final class CamelWebhookServer {

    private CamelWebhookServer() {
    }

    static CamelContext create(int port) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
        conf.setBindHost("127.0.0.1");
        conf.setBindPort(port);
        camel.addService(new VertxPlatformHttpServer(conf));
        return camel;
    }
}
