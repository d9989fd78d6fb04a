package io.github.camelpalomma.webhook;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** What happened to the deliveries on one webhook path, by outcome. */
public final class WebhookCounters {

    /** Deliveries whose signature matched. */
    public final LongAdder verified = new LongAdder();
    /** 401: signature or its headers missing or wrong. */
    public final LongAdder rejected = new LongAdder();
    /** 400: verified, but not base64 JSON of Palomma's envelope. */
    public final LongAdder malformed = new LongAdder();
    /** 413: larger than maxBodySize. */
    public final LongAdder tooLarge = new LongAdder();
    /** 405: a method other than POST. */
    public final LongAdder wrongMethod = new LongAdder();
    /** 503: arrived while shutting down. */
    public final LongAdder unavailable = new LongAdder();
    /** 503: the webhookId is being processed (here or on another node); Palomma delivers it again. */
    public final LongAdder inFlight = new LongAdder();
    /** 400: the envelope's timestamp is outside replayWindow, a replay or a very late retry. */
    public final LongAdder outsideReplayWindow = new LongAdder();
    /** 200 without processing: the webhookId was processed already. */
    public final LongAdder duplicates = new LongAdder();
    /** 200 after the route succeeded. */
    public final LongAdder processed = new LongAdder();
    /** 500: the route failed, so Palomma delivers again. */
    public final LongAdder failed = new LongAdder();
    /** Events older than one already processed for the same resource (flagged or dropped). */
    public final LongAdder outOfOrder = new LongAdder();
    /** 200: verified, but no consumer wants its event type. */
    public final LongAdder unrouted = new LongAdder();

    public Map<String, Long> snapshot() {
        Map<String, Long> all = new LinkedHashMap<>();
        all.put("verified", verified.sum());
        all.put("rejected", rejected.sum());
        all.put("malformed", malformed.sum());
        all.put("tooLarge", tooLarge.sum());
        all.put("wrongMethod", wrongMethod.sum());
        all.put("unavailable", unavailable.sum());
        all.put("inFlight", inFlight.sum());
        all.put("outsideReplayWindow", outsideReplayWindow.sum());
        all.put("duplicates", duplicates.sum());
        all.put("processed", processed.sum());
        all.put("failed", failed.sum());
        all.put("outOfOrder", outOfOrder.sum());
        all.put("unrouted", unrouted.sum());
        return all;
    }

    @Override
    public String toString() {
        return "WebhookCounters" + snapshot();
    }
}
