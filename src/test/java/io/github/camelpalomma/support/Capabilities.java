package io.github.camelpalomma.support;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/** What this build of the component can do, for tests of features that land on other branches. */
public final class Capabilities {

    private Capabilities() {
    }

    /** True once palomma:webhooks can create a consumer (the webhook consumer has landed). */
    public static boolean webhookConsumerExists() {
        try (CamelContext probe = new DefaultCamelContext()) {
            probe.start();
            probe.getEndpoint("palomma:webhooks?integrityKey=k").createConsumer(exchange -> {
            });
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        } catch (Exception e) {
            return true; // it exists but wants more (e.g. an HTTP server): let the test show what
        }
    }
}
