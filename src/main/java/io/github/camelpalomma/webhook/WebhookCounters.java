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

import io.github.camelpalomma.internal.Counters;

/** What happened to the deliveries on one webhook path, by outcome. */
public final class WebhookCounters extends Counters<WebhookCounters.Outcome> {

    /** What became of a delivery. */
    public enum Outcome {
        /** Deliveries whose signature matched. */
        verified,
        /** 401: signature or its headers missing or wrong. */
        rejected,
        /** 400: verified, but not base64 JSON of Palomma's envelope. */
        malformed,
        /** 413: larger than maxBodySize. */
        tooLarge,
        /** 408 or no answer: the body did not arrive within idleTimeout, or the client closed the connection before its end. */
        incomplete,
        /** 405: a method other than POST. */
        wrongMethod,
        /** 503: arrived while shutting down. */
        unavailable,
        /** 503: the webhookId is being processed (here or on another node); Palomma delivers it again. */
        inFlight,
        /** 400: the envelope's timestamp is outside replayWindow, a replay or a very late retry. */
        outsideReplayWindow,
        /** 200 without processing: the webhookId was processed already. */
        duplicates,
        /** 200 after the route succeeded. */
        processed,
        /** 500: the route failed, so Palomma delivers again. */
        failed,
        /** Events older than one already processed for the same resource (flagged or dropped). */
        outOfOrder,
        /** 200: verified, but no consumer wants its event type. */
        unrouted
    }

    public WebhookCounters() {
        super(Outcome.class);
    }
}
