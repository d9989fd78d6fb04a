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

/** One way of receiving Palomma's webhooks on 127.0.0.1; each runs in its own child JVM. */
interface WebhookReceiver extends AutoCloseable {

    /** The path every receiver listens on (the component's default webhookPath). */
    String PATH = "/palomma/webhooks";

    /**
     * Starts listening; counts what it does in {@code counters} (at least {@code handedOn}, once per unique, correctly
     * signed webhook reaching the user's step).
     */
    void start(int port, String integrityKey, WebhookCounters counters) throws Exception;

    /** False for the empty route, which answers 200 to everything (the framework's ceiling, not a receiver). */
    default boolean verifies() {
        return true;
    }

    static WebhookReceiver named(String name) {
        return switch (name) {
            case "raw" -> new RawVertxReceiver();
            case "camel" -> new PlatformHttpReceiver();
            case "camel-empty" -> new EmptyPlatformHttpReceiver();
            case "component" -> new ComponentWebhookReceiver(false);
            case "component-el" -> new ComponentWebhookReceiver(true);
            default -> throw new IllegalArgumentException("no webhook receiver " + name);
        };
    }
}
