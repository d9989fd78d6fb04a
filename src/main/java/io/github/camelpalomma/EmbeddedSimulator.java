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
package io.github.camelpalomma;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelpalomma.simulator.PalommaSimulator;
import io.github.camelpalomma.simulator.SimulatorControl;

/**
 * The simulator behind {@code environment=simulator}: one per component, started when the first endpoint that needs it
 * starts (never when an endpoint is only created, so tools that parse routes start no server), on a thread of Camel's
 * {@link org.apache.camel.spi.ExecutorServiceManager}, and closed when the component stops.
 */
final class EmbeddedSimulator extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSimulator.class);

    private final CamelContext context;
    private ExecutorService starter;
    private CompletableFuture<PalommaSimulator> starting;
    /** The key the consumers verify with, once one registered; the simulator signs with it. */
    private String signingKey;

    EmbeddedSimulator(CamelContext context) {
        this.context = context;
    }

    /**
     * Starts the simulator in the background with the options of the first endpoint that needs it, so that it comes up
     * while Camel starts the rest of the routes. It signs its webhooks with the configured integrity key (its own default
     * otherwise), so this context's consumers verify them as they would Palomma's.
     */
    synchronized void start(PalommaConfiguration config) {
        if (starting != null) {
            return;
        }
        PalommaSimulator.Builder builder = PalommaSimulator.builder().port(config.getSimulatorPort());
        if (!isBlank(config.getApiKey())) {
            builder.apiKey(config.getApiKey());
        }
        builder.integrityKey(integrityKey(config));
        if (!isBlank(config.getSimulatorWebhookUrl())) {
            builder.webhookUrl(config.getSimulatorWebhookUrl());
        }
        if (config.getSimulatorAutoComplete() > 0) {
            builder.autoComplete(Duration.ofMillis(config.getSimulatorAutoComplete()));
        }
        starter = context.getExecutorServiceManager().newSingleThreadExecutor(this, "PalommaSimulatorStart");
        starting = CompletableFuture.supplyAsync(
                () -> {
                    PalommaSimulator simulator = builder.build().start();
                    LOG.info(
                            "Embedded Palomma simulator started at {} (environment=simulator: no real money, no credentials)",
                            simulator.baseUrl());
                    return simulator;
                },
                starter);
        // an endpoint that only receives webhooks never waits for it: say why it is missing
        starting.whenComplete((simulator, failure) -> {
            if (failure != null) {
                LOG.error("The embedded Palomma simulator did not start", failure);
            }
        });
    }

    /** The simulator, waiting for it to be up; started now with these options if no endpoint started it yet. */
    PalommaSimulator get(PalommaConfiguration config) {
        start(config);
        return running();
    }

    /** The simulator once up (waiting for a start under way); null when no endpoint needed it. */
    PalommaSimulator running() {
        CompletableFuture<PalommaSimulator> start;
        synchronized (this) {
            start = starting;
        }
        return start == null ? null : start.join();
    }

    /**
     * A consumer of this context receives the simulator's webhooks: they are signed with the key it verifies with, and
     * go to its {@code simulatorWebhookUrl}, or, when no endpoint gave one, to {@code localUrl}, the consumers' own path.
     *
     * @param accepted the keys the consumer accepts, comma-separated; null when it checks no signature
     * @param localUrl the consumers' path on this process's HTTP server; null when unknown
     */
    void deliverTo(PalommaConfiguration consumer, String accepted, String localUrl) {
        SimulatorControl control = get(consumer).control();
        synchronized (this) {
            if (accepted != null) {
                List<String> keys =
                        Arrays.stream(accepted.split(",")).map(String::trim).toList();
                if (signingKey != null && !keys.contains(signingKey)) {
                    throw new IllegalArgumentException("palomma:" + consumer.getResource() + " verifies webhooks with "
                            + "another integrityKey than the other consumers on the embedded simulator, which signs "
                            + "with one key: give every consumer the same integrityKey (e.g. "
                            + "camel.component.palomma.integrityKey)");
                }
                if (signingKey == null) {
                    signingKey = keys.get(keys.size() - 1);
                    control.integrityKey(signingKey);
                }
            }
            String url = consumer.getSimulatorWebhookUrl();
            if (isBlank(url) && !control.webhookUrls().isEmpty()) {
                return; // told where to deliver already
            }
            url = isBlank(url) ? localUrl : url;
            if (url == null) {
                LOG.info("The embedded Palomma simulator does not know where this application receives webhooks: set "
                        + "simulatorWebhookUrl (e.g. http://127.0.0.1:8080/palomma/webhooks) to receive them");
            } else if (!control.webhookUrls().contains(url)) {
                control.addWebhookUrl(url);
                LOG.info(
                        "The embedded Palomma simulator delivers its webhooks to {}, signed with the consumers' "
                                + "integrityKey",
                        url);
            }
        }
    }

    /** The key the simulator signs with: the newest configured one (last of a rotation list), or its default. */
    static String integrityKey(PalommaConfiguration config) {
        String integrityKey = config.getIntegrityKey();
        if (isBlank(integrityKey)) {
            return PalommaSimulator.DEFAULT_INTEGRITY_KEY;
        }
        String[] keys = integrityKey.split(",");
        return keys[keys.length - 1].trim();
    }

    @Override
    protected synchronized void doStop() {
        if (starting != null) {
            starting.thenAccept(PalommaSimulator::close);
            // lets a start under way finish, so that the close above runs, then ends the thread
            context.getExecutorServiceManager().shutdown(starter);
        }
        starting = null;
        starter = null;
        signingKey = null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public synchronized String toString() {
        boolean up = starting != null && starting.isDone() && !starting.isCompletedExceptionally();
        PalommaSimulator simulator = up ? starting.join() : null;
        return "EmbeddedSimulator[" + (simulator == null ? "not running" : simulator.baseUrl()) + "]";
    }
}
