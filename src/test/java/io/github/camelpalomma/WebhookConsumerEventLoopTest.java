package io.github.camelpalomma;

/** Every webhook consumer test again, with the route run on the Vert.x event loop (webhookEventLoop=true). */
class WebhookConsumerEventLoopTest extends WebhookConsumerTest {

    @Override
    protected String mode() {
        return "&webhookEventLoop=true";
    }
}
