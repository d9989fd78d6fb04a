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
    /** 408 or no answer: the body did not arrive within idleTimeout, or the client closed the connection before its end. */
    public final LongAdder incomplete = new LongAdder();
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

    /** Every counter by its outcome name, in a fixed order: what {@link #snapshot()} and the meters report. */
    public Map<String, LongAdder> byOutcome() {
        Map<String, LongAdder> all = new LinkedHashMap<>();
        all.put("verified", verified);
        all.put("rejected", rejected);
        all.put("malformed", malformed);
        all.put("tooLarge", tooLarge);
        all.put("incomplete", incomplete);
        all.put("wrongMethod", wrongMethod);
        all.put("unavailable", unavailable);
        all.put("inFlight", inFlight);
        all.put("outsideReplayWindow", outsideReplayWindow);
        all.put("duplicates", duplicates);
        all.put("processed", processed);
        all.put("failed", failed);
        all.put("outOfOrder", outOfOrder);
        all.put("unrouted", unrouted);
        return all;
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> all = new LinkedHashMap<>();
        byOutcome().forEach((outcome, counter) -> all.put(outcome, counter.sum()));
        return all;
    }

    @Override
    public String toString() {
        return "WebhookCounters" + snapshot();
    }
}
