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
import java.util.ArrayList;
import java.util.List;

/** Every option of the simulator, with the defaults documented in docs/simulator.md. Filled by the builder. */
final class SimulatorConfig {

    String host = "127.0.0.1";
    int port = 0;
    /** Origin written into paymentUrl/authUrl; null = http://HOST:PORT (127.0.0.1 when bound to 0.0.0.0). */
    String publicUrl;

    final List<String> apiKeys = new ArrayList<>();
    volatile String integrityKey = PalommaSimulator.DEFAULT_INTEGRITY_KEY;
    final List<String> webhookUrls = new ArrayList<>();
    /** null = no unattended completion. */
    Duration autoComplete;

    boolean signatureBase64;
    /** Palomma's docs list only active|cancelled for payout targets but describe a verification step: pending by default. */
    String payoutTargetInitialStatus = "pending";

    long payinFee = 500;
    long payoutFee = 0;
    long initialAvailableBalance = 10_000_000;
    boolean checkPayoutBalance = true;
    /*
     * The server's own maxima, event types and rules: the simulator stands for Palomma, so it reads the API reference
     * itself rather than sharing the component's values; a wrong value on either side then fails the tests instead of
     * agreeing with itself.
     */
    long maxPayinAmount = 2_000_000;
    long maxPayoutAmount = 5_000_000;
    int capacityPerResource = 100_000;
    int deliveryCapacity = 10_000;
    int webhookMaxAttempts = 6;
    Duration webhookInitialBackoff = Duration.ofSeconds(1);
    double webhookBackoffMultiplier = 2.0;
    Duration webhookTimeout = Duration.ofSeconds(5);
    Duration expiryCheckInterval = Duration.ofSeconds(1);
    Clock clock = Clock.systemUTC();
    /** Whether the control actions (POST/DELETE under /_simulator, the dashboard's buttons) accept other machines. */
    boolean remoteControl;
    /** Merchant accounts besides {@code default}, as Palomma would create them on request. */
    final List<ExtraAccount> extraAccounts = new ArrayList<>();

    record ExtraAccount(String id, String description, long availableBalance) {}

    List<String> apiKeysOrDefault() {
        return apiKeys.isEmpty() ? List.of(PalommaSimulator.DEFAULT_API_KEY) : apiKeys;
    }
}
