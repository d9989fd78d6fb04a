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
package io.github.camelpalomma.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A faithful, stateful Palomma v0 on a local port: the 22 calls, hosted payment and authorization pages, signed webhooks
 * with retries, a control API under {@code /_simulator} and fault injection. Depends on no Camel class.
 *
 * <pre>
 * try (PalommaSimulator sim = PalommaSimulator.builder().port(0).webhookUrl("http://127.0.0.1:8080/hooks").build().start()) {
 *     String baseUrl = sim.baseUrl(); // http://127.0.0.1:PORT/v0, bearer key "sim_api_key"
 *     sim.control().approvePayinLink(id);
 * }
 * </pre>
 */
public final class PalommaSimulator implements AutoCloseable {

    /** The bearer key the simulator accepts unless told otherwise. */
    public static final String DEFAULT_API_KEY = "sim_api_key";
    /** The key the simulator signs webhooks with unless told otherwise. */
    public static final String DEFAULT_INTEGRITY_KEY = "sim_integrity_key";

    private final SimulatorConfig config;
    private ScheduledExecutorService scheduler;
    private HttpFront front;
    private SimulatorState state;
    private SimulatorControl control;
    private long startMillis = -1;
    private String localOrigin;

    private PalommaSimulator(SimulatorConfig config) {
        this.config = config;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts the server and the webhook and timer threads; answers this simulator. */
    public synchronized PalommaSimulator start() {
        if (front != null) {
            return this;
        }
        long begin = System.nanoTime();
        AtomicInteger threads = new AtomicInteger();
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(2, task -> {
            Thread thread = new Thread(task, "palomma-simulator-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.setRemoveOnCancelPolicy(true);
        scheduler = pool;
        SimClock clock = new SimClock(config.clock);
        state = new SimulatorState(config, clock, ids -> new WebhookSender(config, scheduler, ids));
        Transitions transitions = new Transitions(state);
        FaultInjector faults = new FaultInjector();
        CallMeter meter = new CallMeter();
        AutoPilot autoPilot = new AutoPilot(transitions, scheduler, config.autoComplete);
        state.listener = autoPilot::onChange;
        Router router = new Router();
        V0Api.register(router, state, new Creations(state));
        ControlApi.register(router, state, transitions, faults, autoPilot);
        HostedPages.register(router, state, transitions);
        Dashboard.register(router, state, transitions);
        try {
            front = new HttpFront(
                    config.host,
                    config.port,
                    new Dispatcher(router, faults, config.apiKeysOrDefault(), config.remoteControl, meter));
        } catch (IOException e) {
            scheduler.shutdownNow();
            throw new UncheckedIOException(
                    "cannot start the Palomma simulator on " + config.host + ":" + config.port, e);
        }
        String host = "0.0.0.0".equals(config.host) ? "127.0.0.1" : config.host;
        localOrigin = "http://" + host + ":" + front.port();
        state.origin = config.publicUrl != null ? config.publicUrl : localOrigin;
        long every = config.expiryCheckInterval.toMillis();
        scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        transitions.expireDueLinks();
                    } catch (RuntimeException ignored) {
                        // keep the timer alive
                    }
                },
                every,
                every,
                TimeUnit.MILLISECONDS);
        control = new SimulatorControl(state, transitions, faults, autoPilot, meter);
        startMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
        return this;
    }

    /** {@code http://127.0.0.1:PORT/v0}: the base URL a Palomma client is given. */
    public String baseUrl() {
        return origin() + V0Api.PREFIX;
    }

    /** {@code http://127.0.0.1:PORT}: where the control API ({@code /_simulator}) and hosted pages live. */
    public String origin() {
        requireStarted();
        return localOrigin;
    }

    public int port() {
        requireStarted();
        return front.port();
    }

    public String apiKey() {
        return config.apiKeysOrDefault().get(0);
    }

    public String integrityKey() {
        return config.integrityKey;
    }

    public SimulatorControl control() {
        requireStarted();
        return control;
    }

    /** How long the last {@link #start()} took, in milliseconds. */
    public long startupMillis() {
        return startMillis;
    }

    @Override
    public synchronized void close() {
        if (front != null) {
            front.close();
            front = null;
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void requireStarted() {
        if (front == null) {
            throw new IllegalStateException("the simulator is not started; call start()");
        }
    }

    /** Runs the simulator until the process is stopped; options in {@link SimulatorMain}. */
    public static void main(String[] args) throws InterruptedException {
        SimulatorMain.run(args);
    }

    /** Options; every one has a default (docs/simulator.md). */
    public static final class Builder {

        private final SimulatorConfig config = new SimulatorConfig();

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            config.port = port;
            return this;
        }

        /** The address to bind: 127.0.0.1 by default; 0.0.0.0 to accept calls from other machines. */
        public Builder host(String host) {
            config.host = host;
            return this;
        }

        /**
         * The origin browsers reach the simulator at, e.g. {@code http://sim.example:8088}, written into paymentUrl and
         * authUrl (useful with {@code host("0.0.0.0")}); by default {@code http://127.0.0.1:PORT}.
         */
        public Builder publicUrl(String origin) {
            config.publicUrl = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
            return this;
        }

        /** An accepted bearer key; may be called several times. Default {@code sim_api_key}. */
        public Builder apiKey(String apiKey) {
            config.apiKeys.add(apiKey);
            return this;
        }

        /** The key webhooks are signed with. Default {@code sim_integrity_key}. */
        public Builder integrityKey(String integrityKey) {
            config.integrityKey = integrityKey;
            return this;
        }

        /** A URL every webhook is posted to; may be called several times. */
        public Builder webhookUrl(String url) {
            config.webhookUrls.add(url);
            return this;
        }

        /**
         * Accepts the control actions (POST and DELETE under {@code /_simulator}, the dashboard's buttons) from other
         * machines too; by default only from this one (loopback), even when bound to 0.0.0.0.
         */
        public Builder remoteControl(boolean accept) {
            config.remoteControl = accept;
            return this;
        }

        /** Turns on the unattended rule set, each step {@code delay} after the previous; null = off (the default). */
        public Builder autoComplete(Duration delay) {
            config.autoComplete = delay;
            return this;
        }

        /** Signs webhooks as base64 instead of lowercase hex. */
        public Builder signatureBase64(boolean base64) {
            config.signatureBase64 = base64;
            return this;
        }

        /** {@code pending} (default: the customer verifies at authUrl) or {@code active} (usable at once). */
        public Builder payoutTargetInitialStatus(String status) {
            if (!"pending".equals(status) && !"active".equals(status)) {
                throw new IllegalArgumentException(
                        "payoutTargetInitialStatus must be pending or active (got '" + status + "')");
            }
            config.payoutTargetInitialStatus = status;
            return this;
        }

        /** Fixed fee of every payin link and payin request, in pesos. Default 500. */
        public Builder payinFee(long fee) {
            config.payinFee = fee;
            return this;
        }

        /** Fixed fee of every payout request, debited with the amount. Default 0. */
        public Builder payoutFee(long fee) {
            config.payoutFee = fee;
            return this;
        }

        /** availableBalance of the default merchant account at start. Default 10,000,000. */
        public Builder initialAvailableBalance(long pesos) {
            config.initialAvailableBalance = pesos;
            return this;
        }

        /** Another aggregator merchant account (besides {@code default}) that links, requests and payouts may name. */
        public Builder merchantAccount(String id, String description, long availableBalance) {
            config.extraAccounts.add(new SimulatorConfig.ExtraAccount(id, description, availableBalance));
            return this;
        }

        /** Whether a payout beyond availableBalance is refused with 400. Default true. */
        public Builder checkPayoutBalance(boolean check) {
            config.checkPayoutBalance = check;
            return this;
        }

        public Builder maxPayinAmount(long pesos) {
            config.maxPayinAmount = pesos;
            return this;
        }

        public Builder maxPayoutAmount(long pesos) {
            config.maxPayoutAmount = pesos;
            return this;
        }

        /** Objects kept per resource before the oldest are evicted. Default 100,000. */
        public Builder capacityPerResource(int capacity) {
            config.capacityPerResource = capacity;
            return this;
        }

        /** Webhook delivery attempts kept for inspection. Default 10,000. */
        public Builder deliveryCapacity(int capacity) {
            config.deliveryCapacity = capacity;
            return this;
        }

        /** Retry policy: attempts in all (default 6), first backoff (1 s), multiplier (2), per-attempt timeout (5 s). */
        public Builder webhookRetry(int maxAttempts, Duration initialBackoff, double multiplier, Duration timeout) {
            config.webhookMaxAttempts = maxAttempts;
            config.webhookInitialBackoff = initialBackoff;
            config.webhookBackoffMultiplier = multiplier;
            config.webhookTimeout = timeout;
            return this;
        }

        /** The clock the simulator starts from (tests may also move it with control().advanceClock). */
        public Builder clock(Clock clock) {
            config.clock = clock;
            return this;
        }

        public PalommaSimulator build() {
            return new PalommaSimulator(config);
        }
    }
}
