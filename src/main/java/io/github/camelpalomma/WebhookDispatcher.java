package io.github.camelpalomma;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelpalomma.webhook.PalommaWebhookEvent;
import io.github.camelpalomma.webhook.PalommaWebhookVerifier;
import io.github.camelpalomma.webhook.WebhookCounters;
import io.github.camelpalomma.webhook.WebhookRejectedException;

/**
 * The one HTTP path of a CamelContext that Palomma delivers to, shared by every palomma consumer on it: checks the
 * method, size and signature, decodes once, and hands the event to each consumer that wants its type. Answers 200 only
 * when every such consumer succeeded (or had processed the webhookId before), so a failed route is delivered again.
 */
final class WebhookDispatcher implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final String path;
    private final Endpoint http;
    private final List<PalommaWebhookConsumer> consumers = new CopyOnWriteArrayList<>();
    private final WebhookCounters counters = new WebhookCounters();
    private Consumer httpConsumer;

    /** Resolves the platform-http endpoint now, at route creation: later, under JBang, it can meet a startup cycle. */
    WebhookDispatcher(CamelContext context, String path) {
        this.path = path;
        this.http = context.getEndpoint("platform-http:" + path);
    }

    synchronized void register(PalommaWebhookConsumer consumer) throws Exception {
        consumers.add(consumer);
        if (httpConsumer == null) {
            httpConsumer = http.createConsumer(this);
            ServiceHelper.startService(httpConsumer);
            LOG.info("Receiving Palomma webhooks on {}", path);
        }
    }

    synchronized void unregister(PalommaWebhookConsumer consumer) {
        consumers.remove(consumer);
        if (consumers.isEmpty() && httpConsumer != null) {
            ServiceHelper.stopAndShutdownService(httpConsumer);
            httpConsumer = null;
        }
    }

    WebhookCounters counters() {
        return counters;
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        int status;
        try {
            status = handle(message);
        } catch (WebhookRejectedException e) {
            status = e.getHttpStatus();
            count(status);
            LOG.debug("Palomma webhook refused with {}: {}", status, e.getMessage());
        }
        // platform-http would echo every request header back; the answer carries none of them
        message.removeHeaders("*");
        message.setBody(null);
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        if (status == 405) {
            message.setHeader("Allow", "POST");
        }
    }

    private int handle(Message message) {
        if (!"POST".equalsIgnoreCase(message.getHeader(Exchange.HTTP_METHOD, String.class))) {
            throw new WebhookRejectedException(405, "only POST is accepted");
        }
        List<PalommaWebhookConsumer> open = new ArrayList<>(consumers.size());
        for (PalommaWebhookConsumer consumer : consumers) {
            if (consumer.isAccepting()) {
                open.add(consumer);
            }
        }
        if (open.isEmpty()) {
            throw new WebhookRejectedException(503, "shutting down");
        }
        String encoded = message.getHeader(PalommaWebhookVerifier.ENCODED_DATA_HEADER, String.class);
        String signature = message.getHeader(PalommaWebhookVerifier.SIGNATURE_HEADER, String.class);
        // one path, one limit: the smallest maxBodySize of the consumers sharing it
        checkSize(message, encoded, open.stream().mapToInt(PalommaWebhookConsumer::maxBodySize).min().orElseThrow());

        List<PalommaWebhookConsumer> verified = new ArrayList<>(open.size());
        WebhookRejectedException refusal = null;
        for (PalommaWebhookConsumer consumer : open) {
            try {
                consumer.checkSignature(encoded, signature);
                verified.add(consumer);
            } catch (WebhookRejectedException e) {
                refusal = e;
            }
        }
        if (verified.isEmpty()) {
            throw refusal;
        }
        counters.verified.increment();
        PalommaWebhookEvent event = PalommaWebhookVerifier.decode(encoded);

        int status = 200;
        boolean routed = false;
        for (PalommaWebhookConsumer consumer : verified) {
            if (consumer.wants(event.eventType())) {
                routed = true;
                status = Math.max(status, consumer.deliver(event, counters));
            }
        }
        if (!routed) {
            counters.unrouted.increment();
            LOG.debug("No palomma consumer wants {} (webhookId {}); answered 200", event.eventType(), event.webhookId());
        }
        return status;
    }

    private static void checkSize(Message message, String encoded, int max) {
        Long length = message.getHeader(Exchange.CONTENT_LENGTH, Long.class);
        if (length == null) {
            byte[] body = message.getBody(byte[].class);
            length = body == null ? 0L : body.length;
        }
        // the signed header carries the same JSON, base64-encoded: 4 bytes for every 3
        if (length > max || (encoded != null && encoded.length() > (max / 3 + 1) * 4)) {
            throw new WebhookRejectedException(413, "larger than maxBodySize (" + max + " bytes)");
        }
    }

    private void count(int status) {
        switch (status) {
            case 401 -> counters.rejected.increment();
            case 400 -> counters.malformed.increment();
            case 405 -> counters.wrongMethod.increment();
            case 413 -> counters.tooLarge.increment();
            case 503 -> counters.unavailable.increment();
            default -> { }
        }
    }

    @Override
    public String toString() {
        return "WebhookDispatcher[" + path + ", " + consumers.size() + " consumer(s)]";
    }
}
