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

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelpalomma.model.MerchantAccount;
import io.github.camelpalomma.model.MerchantAccountType;
import io.github.camelpalomma.model.PayinSettlement;

/**
 * Merchant account balances. Approved payins wait in {@code unsettledAmount}; a settlement cycle turns them into a payin
 * settlement and credits {@code availableBalance} with what was collected minus fees; payouts draw on
 * {@code availableBalance}. Callers hold the state lock.
 */
final class Ledger {

    static final String DEFAULT_ACCOUNT = "default";
    static final int[] CYCLES = {11, 13, 16, 18, 20};

    private static final class Account {
        final String id;
        final String description;
        long unsettledAmount;
        long availableBalance;
        long pendingFees;
        long pendingPayins;

        Account(String id, String description, long availableBalance) {
            this.id = id;
            this.description = description;
            this.availableBalance = availableBalance;
        }

        MerchantAccount view() {
            return new MerchantAccount(
                    id,
                    description,
                    unsettledAmount,
                    null,
                    MerchantAccountType.AGGREGATOR,
                    availableBalance,
                    null,
                    null);
        }
    }

    private final Map<String, Account> accounts = new LinkedHashMap<>();
    final ResourceStore<MerchantAccount> accountViews;
    /** The owner function is the settlement's merchant account, so a list filters by account through it. */
    final ResourceStore<PayinSettlement> settlements;

    private final SimulatorConfig config;

    Ledger(SimulatorConfig config) {
        this.config = config;
        this.accountViews = new ResourceStore<>("Merchant Account", Integer.MAX_VALUE, null, null);
        this.settlements = new ResourceStore<>(
                "Payin Settlement",
                config.get(SimulatorConfig.CAPACITY_PER_RESOURCE),
                null,
                PayinSettlement::merchantAccountId);
        reset();
    }

    void reset() {
        accounts.clear();
        accountViews.clear();
        settlements.clear();
        addAccount(DEFAULT_ACCOUNT, "Default merchant account", config.get(SimulatorConfig.INITIAL_AVAILABLE_BALANCE));
        config.extraAccounts.forEach(extra -> addAccount(extra.id(), extra.description(), extra.availableBalance()));
    }

    void addAccount(String id, String description, long availableBalance) {
        Account account = new Account(id, description, availableBalance);
        accounts.put(id, account);
        accountViews.put(account.view());
    }

    /** The account a create names (or the default one); 400 naming the field when it does not exist. */
    String resolve(String field, String id) {
        if (id == null) {
            return DEFAULT_ACCOUNT;
        }
        if (!accounts.containsKey(id)) {
            throw ApiError.badRequest(field + " '" + id + "' is not a merchant account");
        }
        return id;
    }

    void creditPayin(String accountId, long collected, long fee) {
        Account account = accounts.get(accountId);
        if (account == null || collected <= 0) {
            return;
        }
        account.unsettledAmount += collected;
        account.pendingFees += Math.min(fee, collected);
        account.pendingPayins++;
        accountViews.put(account.view());
    }

    /** Reserves a payout; 400 when the balance does not cover amount plus fee and balance checks are on. */
    void debitPayout(String accountId, long amount) {
        Account account = accounts.get(accountId);
        if (config.get(SimulatorConfig.CHECK_PAYOUT_BALANCE) && account.availableBalance < amount) {
            throw ApiError.badRequest("amount " + amount + " exceeds the availableBalance of merchant account '"
                    + accountId + "' (" + account.availableBalance + ")");
        }
        account.availableBalance -= amount;
        accountViews.put(account.view());
    }

    void refundPayout(String accountId, long amount) {
        Account account = accounts.get(accountId);
        if (account != null) {
            account.availableBalance += amount;
            accountViews.put(account.view());
        }
    }

    /** Settles everything unsettled in the account; null when there was nothing to settle. */
    PayinSettlement settle(String accountId, String settlementId, LocalDateTime colombiaNow, String timestamp) {
        Account account = accounts.get(accountId);
        if (account == null || account.pendingPayins == 0) {
            return null;
        }
        PayinSettlement settlement = new PayinSettlement(
                settlementId,
                accountId,
                account.unsettledAmount,
                account.pendingFees,
                account.pendingPayins,
                colombiaNow.toLocalDate().toString(),
                cycleFor(colombiaNow.getHour()),
                timestamp,
                timestamp);
        account.availableBalance += account.unsettledAmount - account.pendingFees;
        account.unsettledAmount = 0;
        account.pendingFees = 0;
        account.pendingPayins = 0;
        accountViews.put(account.view());
        settlements.put(settlement);
        return settlement;
    }

    Iterable<String> accountIds() {
        return accounts.keySet();
    }

    boolean exists(String accountId) {
        return accounts.containsKey(accountId);
    }

    /** The first cycle at or after this hour; after 20 h the 20 h cycle. */
    static int cycleFor(int hour) {
        for (int cycle : CYCLES) {
            if (hour <= cycle) {
                return cycle;
            }
        }
        return CYCLES[CYCLES.length - 1];
    }

    /**
     * Colombia has kept UTC-5 without daylight saving since 1993; a fixed offset also spares ZoneId.of's service lookup,
     * which scans every jar of a large class path and used to double the simulator's start time.
     */
    static final ZoneOffset COLOMBIA = ZoneOffset.ofHours(-5);
}
