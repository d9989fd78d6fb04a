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

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every option of the simulator, with the defaults documented in docs/simulator.md: the single-valued ones as named
 * {@link Setting}s (default and rule in one row), the repeatable ones as lists. Filled by the builder; the integrity key
 * may change while running.
 */
final class SimulatorConfig {

    static final Setting<String> HOST = Setting.text("host", "127.0.0.1");
    static final Setting<Integer> PORT =
            new Setting<>("port", 0, port -> port >= 0 && port <= 65_535, "a port from 0 to 65535 (0 = a free one)");
    static final Setting<String> API_KEY = Setting.text("apiKey", PalommaSimulator.DEFAULT_API_KEY);
    static final Setting<String> INTEGRITY_KEY = Setting.text("integrityKey", PalommaSimulator.DEFAULT_INTEGRITY_KEY);
    static final Setting<Boolean> SIGNATURE_BASE64 = Setting.required("signatureBase64", false);
    /** Whether the control actions (POST/DELETE under /_simulator, the dashboard's buttons) accept other machines. */
    static final Setting<Boolean> REMOTE_CONTROL = Setting.required("remoteControl", false);
    /** null = no unattended completion. */
    static final Setting<Duration> AUTO_COMPLETE =
            new Setting<>("autoComplete", null, delay -> !delay.isNegative(), "a duration of 0 or more, or null (off)");
    /** Palomma's docs list only active|cancelled for payout targets but describe a verification step: pending by default. */
    static final Setting<String> PAYOUT_TARGET_INITIAL_STATUS = new Setting<>(
            "payoutTargetInitialStatus", "pending", status -> status.matches("pending|active"), "pending or active");

    static final Setting<Long> PAYIN_FEE = Setting.atLeast("payinFee", 500, 0);
    static final Setting<Long> PAYOUT_FEE = Setting.atLeast("payoutFee", 0, 0);
    static final Setting<Long> INITIAL_AVAILABLE_BALANCE = Setting.atLeast("initialAvailableBalance", 10_000_000, 0);
    static final Setting<Boolean> CHECK_PAYOUT_BALANCE = Setting.required("checkPayoutBalance", true);
    /*
     * The server's own maxima, event types and rules: the simulator stands for Palomma, so it reads the API reference
     * itself rather than sharing the component's values; a wrong value on either side then fails the tests instead of
     * agreeing with itself.
     */
    static final Setting<Long> MAX_PAYIN_AMOUNT = Setting.atLeast("maxPayinAmount", 2_000_000, 1);
    static final Setting<Long> MAX_PAYOUT_AMOUNT = Setting.atLeast("maxPayoutAmount", 5_000_000, 1);

    static final Setting<Integer> CAPACITY_PER_RESOURCE = Setting.count("capacityPerResource", 100_000);
    static final Setting<Integer> DELIVERY_CAPACITY = Setting.count("deliveryCapacity", 10_000);
    static final Setting<WebhookRetry> WEBHOOK_RETRY =
            Setting.required("webhookRetry", new WebhookRetry(6, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(5)));
    static final Setting<Clock> CLOCK = Setting.required("clock", Clock.systemUTC());

    /** How often due payin links are expired; not an option. */
    final Duration expiryCheckInterval = Duration.ofSeconds(1);
    /** Origin written into paymentUrl/authUrl; null = http://HOST:PORT (127.0.0.1 when bound to 0.0.0.0). */
    String publicUrl;

    final List<String> apiKeys = new CopyOnWriteArrayList<>();
    final List<String> webhookUrls = new CopyOnWriteArrayList<>();
    /** Merchant accounts besides {@code default}, as Palomma would create them on request. */
    final List<ExtraAccount> extraAccounts = new CopyOnWriteArrayList<>();

    private final Map<Setting<?>, Object> values = new ConcurrentHashMap<>();

    record ExtraAccount(String id, String description, long availableBalance) {}

    /** Attempts in all, the first backoff, its multiplier and the timeout of each attempt. */
    record WebhookRetry(int maxAttempts, Duration initialBackoff, double multiplier, Duration timeout) {
        WebhookRetry {
            if (initialBackoff == null || timeout == null) {
                throw new IllegalArgumentException("webhookRetry needs an initialBackoff and a timeout (got null)");
            }
            if (maxAttempts < 1
                    || initialBackoff.isNegative()
                    || multiplier < 1
                    || timeout.isNegative()
                    || timeout.isZero()) {
                throw new IllegalArgumentException("webhookRetry needs maxAttempts of at least 1, an initialBackoff of"
                        + " 0 or more, a multiplier of at least 1 and a positive timeout (got " + maxAttempts + ", "
                        + initialBackoff + ", " + multiplier + ", " + timeout + ")");
            }
        }

        /** The wait before the attempt after {@code attempt} (1-based): the first backoff times multiplier^(attempt-1). */
        long backoffMillisAfter(int attempt) {
            return (long) (initialBackoff.toMillis() * Math.pow(multiplier, attempt - 1));
        }
    }

    /** The value given for this option, or its default. */
    @SuppressWarnings("unchecked")
    <T> T get(Setting<T> setting) {
        return (T) values.getOrDefault(setting, setting.defaultValue());
    }

    <T> void set(Setting<T> setting, T value) {
        T checked = setting.check(value);
        if (checked == null) {
            values.remove(setting);
        } else {
            values.put(setting, checked);
        }
    }

    List<String> apiKeysOrDefault() {
        return apiKeys.isEmpty() ? List.of(API_KEY.defaultValue()) : apiKeys;
    }
}
