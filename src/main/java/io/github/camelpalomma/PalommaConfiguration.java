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

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

import io.github.camelpalomma.model.PalommaOperation;
import io.github.camelpalomma.model.PalommaResource;
import io.github.camelpalomma.reconcile.PollPacing;
import io.github.camelpalomma.reconcile.ReconcileOptions;
import io.github.camelpalomma.reconcile.ReconcileStore;

/** Every option of the palomma component; set at component level they are defaults for each endpoint. */
@UriParams
public class PalommaConfiguration implements Cloneable {

    /**
     * The Palomma resource: customers, payinLinks, payinSources, payinRequests, payoutTargets, payoutRequests,
     * merchantAccounts, payinSettlements, statusMessages (a local catalogue), or webhooks (consumer only: every event)
     */
    @UriPath
    @Metadata(required = true)
    private PalommaResource resource;

    /**
     * What to do with the resource. There is no default: a producer endpoint without one fails at creation. The header
     * CamelPalommaOperation overrides it per exchange.
     */
    @UriParam(label = "producer")
    private PalommaOperation operation;

    /**
     * Palomma API key, sent as Authorization: Bearer. Required by producers, except with environment=simulator, which
     * uses the simulator's own key. Unset, the PALOMMA_API_KEY environment variable is used.
     */
    @UriParam(label = "security", secret = true)
    private String apiKey;

    /**
     * Palomma environment: sandbox, production, simulator (the simulator embedded in this jar, started on first use on
     * simulatorPort), or auto (the simulator while no apiKey is configured, the sandbox once one is; never production).
     */
    @UriParam(label = "common", defaultValue = "sandbox")
    private PalommaEnvironment environment = PalommaEnvironment.sandbox;

    /** Base URL of the API including the version, e.g. http://127.0.0.1:8088/v0. Overrides environment. */
    @UriParam(label = "common,advanced")
    private String baseUrl;

    // spotless:off: the per-call parameters, one a line; the header named in each description overrides it per exchange
    /** The id of the resource to get; the header CamelPalommaId overrides it. */
    @UriParam(label = "producer") private String id;
    /** The merchant account of payinSettlements; the header CamelPalommaMerchantAccountId overrides it. */
    @UriParam(label = "producer") private String merchantAccountId;
    /** List filter: only resources created with this reference. */
    @UriParam(label = "producer") private String reference;
    /** List filter: only resources of this customer. */
    @UriParam(label = "producer") private String customerId;
    /** Page size for list and listAll, 1 to 100. Unset, Palomma's default (20) applies. */
    @UriParam(label = "producer") private Integer limit;
    /** Cursor of the page to list, from CamelPalommaNextCursor of the previous page. */
    @UriParam(label = "producer") private String cursor;
    // spotless:on

    /**
     * Sub-path of a merchant account's payin settlements. Palomma's later docs use settlements, the earlier ones
     * payinSettlements.
     */
    @UriParam(label = "producer,advanced", defaultValue = "settlements")
    private SettlementsPath settlementsPath = SettlementsPath.settlements;

    /**
     * Largest payin amount in whole pesos (payin links and requests) accepted before a request is sent. Palomma's
     * default per merchant is 2,000,000.
     */
    @UriParam(label = "producer,advanced", defaultValue = "2000000")
    private long maxPayinAmount = 2_000_000L;

    /**
     * Largest payout amount in whole pesos accepted before a request is sent. Palomma's default per merchant is
     * 5,000,000.
     */
    @UriParam(label = "producer,advanced", defaultValue = "5000000")
    private long maxPayoutAmount = 5_000_000L;

    /**
     * Whether bankAccount.bank must be one of the 40 known bank codes. Palomma's v0 pages show only one example, so
     * turn this off if Palomma accepts a code the list lacks.
     */
    @UriParam(label = "producer,advanced", defaultValue = "true")
    private boolean validateBanks = true;

    /** How long to wait for a connection to Palomma. */
    @UriParam(label = "producer,advanced", defaultValue = "5s", javaType = "java.time.Duration")
    private long connectTimeout = 5_000;

    /**
     * How long one attempt of a call may take from sending the request to the last byte of Palomma's answer; the
     * attempt ends at this deadline however slowly the answer trickles in.
     */
    @UriParam(label = "producer,advanced", defaultValue = "30s", javaType = "java.time.Duration")
    private long responseTimeout = 30_000;

    /** Most pooled connections to Palomma, shared by every endpoint with the same base URL and timeouts. */
    @UriParam(label = "producer,advanced", defaultValue = "50")
    private int maxConnections = 50;

    /**
     * Largest answer from Palomma, in bytes, that is read; a larger one ends the call with a PalommaApiException
     * instead of filling memory. Headers are bounded too (at most 100, each at most 8 KiB).
     */
    @UriParam(label = "producer,advanced", defaultValue = "4194304")
    private int maxResponseSize = 4 * 1024 * 1024;

    /**
     * How often a call that failed in a way a retry can fix (connection error, timeout, 429, 500, 502, 503, 504) is
     * tried again. Creates are never re-sent blindly: see the reliability guide. 0 disables retries.
     */
    @UriParam(label = "producer,retry", defaultValue = "3")
    private int maxRetries = 3;

    /** Delay before the first retry; it doubles on each further retry, with jitter. */
    @UriParam(label = "producer,retry", defaultValue = "200ms", javaType = "java.time.Duration")
    private long retryDelay = 200;

    /** Longest delay between two retries; a longer Retry-After from Palomma is honoured up to the deadline. */
    @UriParam(label = "producer,retry", defaultValue = "5s", javaType = "java.time.Duration")
    private long retryMaxDelay = 5_000;

    /** Total time a call may take with all its retries; no retry starts after it. */
    @UriParam(label = "producer,retry", defaultValue = "30s", javaType = "java.time.Duration")
    private long retryDeadline = 30_000;

    /**
     * Palomma integrity key that signs webhooks. Several keys, comma-separated, are all accepted (key rotation).
     * Required by webhook consumers unless insecureSkipVerification=true. Unset, the PALOMMA_INTEGRITY_KEY environment
     * variable is used.
     */
    @UriParam(label = "consumer,security", secret = true)
    private String integrityKey;

    /** Accept webhooks without checking their signature. Only for local experiments; a warning is logged at start. */
    @UriParam(label = "consumer,security", defaultValue = "false")
    private boolean insecureSkipVerification;

    /** HTTP path the webhooks are received on; every palomma consumer of a CamelContext shares it. */
    @UriParam(label = "consumer", defaultValue = "/palomma/webhooks")
    private String webhookPath = "/palomma/webhooks";

    /**
     * Only these event types, comma-separated (e.g. payin-link.update,payout-request.update). By default a resource's
     * consumer receives its own events and webhooks receives all.
     */
    @UriParam(label = "consumer")
    private String eventTypes;

    /**
     * Where processed webhookIds are remembered, to drop Palomma's redeliveries: any Camel IdempotentRepository bean
     * (JDBC, Redis, Infinispan...). By default an in-memory repository of the 100,000 most recent ids (about 13 MB at
     * most).
     */
    @UriParam(label = "consumer")
    private IdempotentRepository idempotentRepository;

    /**
     * Largest webhook body, in bytes, accepted; larger deliveries are answered 413 from their Content-Length, before
     * they are read, and a chunked body is cut off with 413 once it passes the limit.
     */
    @UriParam(label = "consumer,advanced", defaultValue = "1048576")
    private int maxBodySize = 1024 * 1024;

    /**
     * How long the HTTP side of a webhook may stay silent. On Camel's Vert.x server (Camel Main, JBang) the first
     * webhook consumer sets it as the server's idle timeout when none is set: a connection on which nothing is received
     * or sent for this long is closed, on any path. A webhook body not complete this long after its headers is answered
     * 408 and its connection closed. 0 leaves connections open.
     */
    @UriParam(label = "consumer,advanced", defaultValue = "30s", javaType = "java.time.Duration")
    private long idleTimeout = 30_000L;

    /**
     * How long a webhookId claimed by a route run stays claimed. While it is, a redelivery is answered 503 with
     * Retry-After, on every node sharing the idempotentRepository; after it, a redelivery is processed, so that a node
     * which died mid-route does not block the event forever. Keep it above the route's longest run.
     */
    @UriParam(label = "consumer,advanced", defaultValue = "5m", javaType = "java.time.Duration")
    private long claimTimeout = 5 * 60_000L;

    /**
     * How far the envelope's timestamp may lie in the past (Palomma repeats the first attempt's timestamp on every
     * retry). A delivery outside it, or more than 5 minutes in the future, is answered 400, logged and counted, never
     * processed: a captured delivery cannot be replayed once it is older than this.
     */
    @UriParam(label = "consumer,security", defaultValue = "7d", javaType = "java.time.Duration")
    private long replayWindow = 7 * 24 * 3_600_000L;

    /**
     * What to do with an event older (by updatedAt) than one already processed for the same resource, or that would
     * move a terminal status back: off (deliver as is), flag (deliver with header CamelPalommaOutOfOrder=true) or drop
     * (answer 200 and skip the route).
     */
    @UriParam(label = "consumer", defaultValue = "off")
    private OutOfOrder outOfOrder = OutOfOrder.off;

    /**
     * For routes that never block (for example they hand the event to seda or a broker): check, dedupe and run the
     * route on the HTTP server's event loop instead of handing each delivery to a worker thread, which costs about a
     * quarter of the CPU per webhook. Needs Camel's Vert.x platform-http server. A route that blocks here stalls every
     * delivery.
     */
    @UriParam(label = "consumer,advanced", defaultValue = "false")
    private boolean webhookEventLoop;

    /** Port of the embedded simulator with environment=simulator; 0 picks a free port. */
    @UriParam(label = "simulator", defaultValue = "0")
    private int simulatorPort;

    /**
     * With environment=simulator: complete payments, authorizations and payouts by themselves after this delay,
     * following the simulator's documented rules, so that a demo runs without a browser. Unset, a person decides on the
     * simulator's pages.
     */
    @UriParam(label = "simulator", javaType = "java.time.Duration")
    private long simulatorAutoComplete;

    /**
     * With environment=simulator: where the simulator delivers its signed webhooks, e.g.
     * http://127.0.0.1:8080/palomma/webhooks. Unset, it delivers to this application's own webhook path on Camel's
     * Vert.x server, once a palomma consumer starts there.
     */
    @UriParam(label = "simulator")
    private String simulatorWebhookUrl;

    /**
     * Also poll, with GET by id, the resources of this kind that are not in a final status (created through this
     * component's producers or announced by a webhook), and deliver each status change once, whether a webhook or a
     * poll saw it first (header CamelPalommaEventSource). For payinLinks, payinSources, payinRequests, payoutTargets
     * and payoutRequests. See docs/reconciliation.md.
     */
    @UriParam(label = "consumer,reconcile", defaultValue = "false")
    private boolean reconcile;

    /**
     * With reconcile=true: whether webhooks are received too. false polls only, for a deployment Palomma cannot reach;
     * no integrityKey is needed then.
     */
    @UriParam(label = "consumer,reconcile", defaultValue = "true")
    private boolean webhooks = true;

    /**
     * With reconcile=true: how long a resource is polled at most; one still not final after it is given up (logged and
     * counted).
     */
    @UriParam(label = "consumer,reconcile", defaultValue = "7d", javaType = "java.time.Duration")
    private long maxAge = 7L * 24 * 60 * 60 * 1000;

    /**
     * With reconcile=true: the most GETs per second polling may send, for every reconciled resource of the CamelContext
     * together and shared by every node on the same reconcileStore. Calls are spaced evenly; 429 (with Retry-After) and
     * 5xx pause it.
     */
    @UriParam(label = "consumer,reconcile", defaultValue = "10")
    private double maxPollRate = 10;

    /**
     * With reconcile=true: the shortest delay between two polls of one resource; the delay grows to a tenth of the
     * resource's age, up to maxPollInterval.
     */
    @UriParam(label = "consumer,reconcile", defaultValue = "5s", javaType = "java.time.Duration")
    private long pollInterval = 5_000;

    /** With reconcile=true: the longest delay between two polls of one resource. */
    @UriParam(label = "consumer,reconcile", defaultValue = "5m", javaType = "java.time.Duration")
    private long maxPollInterval = 5 * 60_000L;

    /**
     * With reconcile=true and a shared reconcileStore: how long a node holds the resources it took to poll, and its
     * unconfirmed deliveries; those of a node that died pass to the others after it.
     */
    @UriParam(label = "consumer,reconcile", defaultValue = "60s", javaType = "java.time.Duration")
    private long leaseTimeout = 60_000;

    /**
     * With reconcile=true: where the tracked resources and the delivered statuses are kept, a bean of
     * io.github.camelpalomma.reconcile.ReconcileStore. By default in memory, for one node, forgotten on restart;
     * JdbcReconcileStore (PostgreSQL) survives restarts and is shared by a cluster.
     */
    @UriParam(label = "consumer,reconcile")
    private ReconcileStore reconcileStore;

    public PalommaConfiguration copy() {
        try {
            return (PalommaConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** The environment calls really go to, with {@code auto} resolved by whether an apiKey is configured. */
    public PalommaEnvironment effectiveEnvironment() {
        return environment.resolve(apiKey);
    }

    @Override
    public String toString() {
        // secrets are never part of it
        return "PalommaConfiguration[resource=" + resource + ", operation=" + operation + ", environment=" + environment
                + ", baseUrl=" + baseUrl + "]";
    }

    public PalommaResource getResource() {
        return resource;
    }

    public void setResource(PalommaResource resource) {
        this.resource = resource;
    }

    public PalommaOperation getOperation() {
        return operation;
    }

    public void setOperation(PalommaOperation operation) {
        this.operation = operation;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public PalommaEnvironment getEnvironment() {
        return environment;
    }

    public void setEnvironment(PalommaEnvironment environment) {
        this.environment = environment;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getMerchantAccountId() {
        return merchantAccountId;
    }

    public void setMerchantAccountId(String merchantAccountId) {
        this.merchantAccountId = merchantAccountId;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    public SettlementsPath getSettlementsPath() {
        return settlementsPath;
    }

    public void setSettlementsPath(SettlementsPath settlementsPath) {
        this.settlementsPath = settlementsPath;
    }

    public long getMaxPayinAmount() {
        return maxPayinAmount;
    }

    public void setMaxPayinAmount(long maxPayinAmount) {
        this.maxPayinAmount = maxPayinAmount;
    }

    public long getMaxPayoutAmount() {
        return maxPayoutAmount;
    }

    public void setMaxPayoutAmount(long maxPayoutAmount) {
        this.maxPayoutAmount = maxPayoutAmount;
    }

    public boolean isValidateBanks() {
        return validateBanks;
    }

    public void setValidateBanks(boolean validateBanks) {
        this.validateBanks = validateBanks;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public int getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(int maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public long getRetryDeadline() {
        return retryDeadline;
    }

    public void setRetryDeadline(long retryDeadline) {
        this.retryDeadline = retryDeadline;
    }

    public String getIntegrityKey() {
        return integrityKey;
    }

    public void setIntegrityKey(String integrityKey) {
        this.integrityKey = integrityKey;
    }

    public boolean isInsecureSkipVerification() {
        return insecureSkipVerification;
    }

    public void setInsecureSkipVerification(boolean insecureSkipVerification) {
        this.insecureSkipVerification = insecureSkipVerification;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public int getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(int maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public long getIdleTimeout() {
        return idleTimeout;
    }

    public void setIdleTimeout(long idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    public OutOfOrder getOutOfOrder() {
        return outOfOrder;
    }

    public void setOutOfOrder(OutOfOrder outOfOrder) {
        this.outOfOrder = outOfOrder;
    }

    public long getClaimTimeout() {
        return claimTimeout;
    }

    public void setClaimTimeout(long claimTimeout) {
        this.claimTimeout = claimTimeout;
    }

    public long getReplayWindow() {
        return replayWindow;
    }

    public void setReplayWindow(long replayWindow) {
        this.replayWindow = replayWindow;
    }

    public boolean isWebhookEventLoop() {
        return webhookEventLoop;
    }

    public void setWebhookEventLoop(boolean webhookEventLoop) {
        this.webhookEventLoop = webhookEventLoop;
    }

    public int getSimulatorPort() {
        return simulatorPort;
    }

    public void setSimulatorPort(int simulatorPort) {
        this.simulatorPort = simulatorPort;
    }

    public long getSimulatorAutoComplete() {
        return simulatorAutoComplete;
    }

    public void setSimulatorAutoComplete(long simulatorAutoComplete) {
        this.simulatorAutoComplete = simulatorAutoComplete;
    }

    public String getSimulatorWebhookUrl() {
        return simulatorWebhookUrl;
    }

    public void setSimulatorWebhookUrl(String simulatorWebhookUrl) {
        this.simulatorWebhookUrl = simulatorWebhookUrl;
    }

    /** The reconciliation options, checked. */
    public ReconcileOptions reconcileOptions() {
        return new ReconcileOptions(
                webhooks,
                maxAge,
                maxPollRate,
                new PollPacing(pollInterval, maxPollInterval),
                leaseTimeout,
                reconcileStore);
    }

    public boolean isReconcile() {
        return reconcile;
    }

    public void setReconcile(boolean reconcile) {
        this.reconcile = reconcile;
    }

    public boolean isWebhooks() {
        return webhooks;
    }

    public void setWebhooks(boolean webhooks) {
        this.webhooks = webhooks;
    }

    public long getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(long maxAge) {
        this.maxAge = maxAge;
    }

    public double getMaxPollRate() {
        return maxPollRate;
    }

    public void setMaxPollRate(double maxPollRate) {
        this.maxPollRate = maxPollRate;
    }

    public long getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(long pollInterval) {
        this.pollInterval = pollInterval;
    }

    public long getMaxPollInterval() {
        return maxPollInterval;
    }

    public void setMaxPollInterval(long maxPollInterval) {
        this.maxPollInterval = maxPollInterval;
    }

    public long getLeaseTimeout() {
        return leaseTimeout;
    }

    public void setLeaseTimeout(long leaseTimeout) {
        this.leaseTimeout = leaseTimeout;
    }

    public ReconcileStore getReconcileStore() {
        return reconcileStore;
    }

    public void setReconcileStore(ReconcileStore reconcileStore) {
        this.reconcileStore = reconcileStore;
    }
}
