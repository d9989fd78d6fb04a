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

import static io.github.camelpalomma.simulator.SimulatorConfig.API_KEY;
import static io.github.camelpalomma.simulator.SimulatorConfig.AUTO_COMPLETE;
import static io.github.camelpalomma.simulator.SimulatorConfig.CAPACITY_PER_RESOURCE;
import static io.github.camelpalomma.simulator.SimulatorConfig.CHECK_PAYOUT_BALANCE;
import static io.github.camelpalomma.simulator.SimulatorConfig.CLOCK;
import static io.github.camelpalomma.simulator.SimulatorConfig.DELIVERY_CAPACITY;
import static io.github.camelpalomma.simulator.SimulatorConfig.HOST;
import static io.github.camelpalomma.simulator.SimulatorConfig.INITIAL_AVAILABLE_BALANCE;
import static io.github.camelpalomma.simulator.SimulatorConfig.INTEGRITY_KEY;
import static io.github.camelpalomma.simulator.SimulatorConfig.MAX_PAYIN_AMOUNT;
import static io.github.camelpalomma.simulator.SimulatorConfig.MAX_PAYOUT_AMOUNT;
import static io.github.camelpalomma.simulator.SimulatorConfig.PAYIN_FEE;
import static io.github.camelpalomma.simulator.SimulatorConfig.PAYOUT_FEE;
import static io.github.camelpalomma.simulator.SimulatorConfig.PAYOUT_TARGET_INITIAL_STATUS;
import static io.github.camelpalomma.simulator.SimulatorConfig.PORT;
import static io.github.camelpalomma.simulator.SimulatorConfig.REMOTE_CONTROL;
import static io.github.camelpalomma.simulator.SimulatorConfig.SIGNATURE_BASE64;
import static io.github.camelpalomma.simulator.SimulatorConfig.WEBHOOK_RETRY;

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
        SimClock clock = new SimClock(config.get(CLOCK));
        state = new SimulatorState(config, clock, ids -> new WebhookSender(config, scheduler, ids));
        Transitions transitions = new Transitions(state);
        FaultInjector faults = new FaultInjector();
        CallMeter meter = new CallMeter();
        AutoPilot autoPilot = new AutoPilot(transitions, scheduler, config.get(AUTO_COMPLETE));
        state.listener = autoPilot::onChange;
        Router router = new Router();
        V0Api.register(router, state, new Creations(state));
        ControlApi.register(router, state, transitions, faults, autoPilot);
        HostedPages.register(router, state, transitions);
        Dashboard.register(router, state, transitions);
        try {
            front = new HttpFront(
                    config.get(HOST),
                    config.get(PORT),
                    new Dispatcher(router, faults, config.apiKeysOrDefault(), config.get(REMOTE_CONTROL), meter));
        } catch (IOException e) {
            scheduler.shutdownNow();
            throw new UncheckedIOException(
                    "cannot start the Palomma simulator on " + config.get(HOST) + ":" + config.get(PORT), e);
        }
        String bound = config.get(HOST);
        String host = "0.0.0.0".equals(bound) ? "127.0.0.1" : bound;
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
        return config.get(INTEGRITY_KEY);
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

    /**
     * Options; every one has a default (docs/simulator.md) and a rule checked here, so a wrong value fails at the call
     * that gave it. The single-valued options are named {@link Setting}s; the repeatable ones collect into lists.
     */
    public static final class Builder {

        private final SimulatorConfig config = new SimulatorConfig();

        private <T> Builder set(Setting<T> setting, T value) {
            config.set(setting, value);
            return this;
        }

        // spotless:off
        // ---- where it listens and who may drive it

        /** 0 (the default) picks a free port. */
        public Builder port(int port) { return set(PORT, port); }

        /** The address to bind: 127.0.0.1 by default; 0.0.0.0 to accept calls from other machines. */
        public Builder host(String host) { return set(HOST, host); }

        /**
         * Accepts the control actions (POST and DELETE under {@code /_simulator}, the dashboard's buttons) from other
         * machines too; by default only from this one (loopback), even when bound to 0.0.0.0.
         */
        public Builder remoteControl(boolean accept) { return set(REMOTE_CONTROL, accept); }

        /** An accepted bearer key; may be called several times. Default {@code sim_api_key}. */
        public Builder apiKey(String apiKey) { config.apiKeys.add(API_KEY.check(apiKey)); return this; }
        // spotless:on

        /**
         * The origin browsers reach the simulator at, e.g. {@code http://sim.example:8088}, written into paymentUrl and
         * authUrl (useful with {@code host("0.0.0.0")}); by default {@code http://127.0.0.1:PORT}.
         */
        public Builder publicUrl(String origin) {
            if (origin == null || !origin.matches("https?://[^/\\s]+/?")) {
                throw new IllegalArgumentException(
                        "publicUrl must be an origin such as http://sim.example:8088 (got '" + origin + "')");
            }
            config.publicUrl = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
            return this;
        }

        // spotless:off
        // ---- webhooks

        /** The key webhooks are signed with. Default {@code sim_integrity_key}. */
        public Builder integrityKey(String integrityKey) { return set(INTEGRITY_KEY, integrityKey); }

        /** Signs webhooks as base64 instead of lowercase hex. */
        public Builder signatureBase64(boolean base64) { return set(SIGNATURE_BASE64, base64); }

        /** Webhook delivery attempts kept for inspection. Default 10,000. */
        public Builder deliveryCapacity(int capacity) { return set(DELIVERY_CAPACITY, capacity); }
        // spotless:on

        /** A URL every webhook is posted to; may be called several times. */
        public Builder webhookUrl(String url) {
            if (url == null || !url.matches("https?://\\S+")) {
                throw new IllegalArgumentException("webhookUrl must be an http or https URL (got '" + url + "')");
            }
            config.webhookUrls.add(url);
            return this;
        }

        /** Retry policy: attempts in all (default 6), first backoff (1 s), multiplier (2), per-attempt timeout (5 s). */
        public Builder webhookRetry(int maxAttempts, Duration initialBackoff, double multiplier, Duration timeout) {
            return set(
                    WEBHOOK_RETRY, new SimulatorConfig.WebhookRetry(maxAttempts, initialBackoff, multiplier, timeout));
        }

        // spotless:off
        // ---- how objects behave

        /** Turns on the unattended rule set, each step {@code delay} after the previous; null = off (the default). */
        public Builder autoComplete(Duration delay) { return set(AUTO_COMPLETE, delay); }

        /** {@code pending} (default: the customer verifies at authUrl) or {@code active} (usable at once). */
        public Builder payoutTargetInitialStatus(String status) { return set(PAYOUT_TARGET_INITIAL_STATUS, status); }

        /** Objects kept per resource before the oldest are evicted. Default 100,000. */
        public Builder capacityPerResource(int capacity) { return set(CAPACITY_PER_RESOURCE, capacity); }

        /** The clock the simulator starts from (tests may also move it with control().advanceClock). */
        public Builder clock(Clock clock) { return set(CLOCK, clock); }
        // spotless:on

        /** Another aggregator merchant account (besides {@code default}) that links, requests and payouts may name. */
        public Builder merchantAccount(String id, String description, long availableBalance) {
            config.extraAccounts.add(new SimulatorConfig.ExtraAccount(id, description, availableBalance));
            return this;
        }

        // spotless:off
        // ---- money, in pesos

        /** Fixed fee of every payin link and payin request. Default 500. */
        public Builder payinFee(long fee) { return set(PAYIN_FEE, fee); }

        /** Fixed fee of every payout request, debited with the amount. Default 0. */
        public Builder payoutFee(long fee) { return set(PAYOUT_FEE, fee); }

        /** The largest amount of a payin link or payin request. Default 2,000,000. */
        public Builder maxPayinAmount(long pesos) { return set(MAX_PAYIN_AMOUNT, pesos); }

        /** The largest amount of a payout request. Default 5,000,000. */
        public Builder maxPayoutAmount(long pesos) { return set(MAX_PAYOUT_AMOUNT, pesos); }

        /** availableBalance of the default merchant account at start. Default 10,000,000. */
        public Builder initialAvailableBalance(long pesos) { return set(INITIAL_AVAILABLE_BALANCE, pesos); }

        /** Whether a payout beyond availableBalance is refused with 400. Default true. */
        public Builder checkPayoutBalance(boolean check) { return set(CHECK_PAYOUT_BALANCE, check); }
        // spotless:on

        public PalommaSimulator build() {
            return new PalommaSimulator(config);
        }
    }
}
