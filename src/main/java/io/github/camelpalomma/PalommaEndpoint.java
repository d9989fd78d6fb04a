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

import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;

import io.github.camelpalomma.api.PalommaClient;
import io.github.camelpalomma.model.PalommaOperation;
import io.github.camelpalomma.model.PalommaResource;
import io.github.camelpalomma.simulator.PalommaSimulator;

/**
 * Calls the Palomma payments API (Colombia): customers, payin links, payin sources and requests, payout targets and
 * requests, merchant accounts and settlements; and receives Palomma's signed webhooks.
 */
@UriEndpoint(
        firstVersion = "0.1.0",
        scheme = "palomma",
        title = "Palomma",
        syntax = "palomma:resource",
        category = {Category.SAAS, Category.FINANCE, Category.API},
        headersClass = PalommaConstants.class)
@Metadata(annotations = {"protocol=http"})
public class PalommaEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    @UriParam
    private PalommaConfiguration configuration;

    private PalommaClient client;

    public PalommaEndpoint(String uri, PalommaComponent component, PalommaConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    /**
     * By identity: the URI holds a masked integrityKey, so two endpoints differing only by their key have the same URI,
     * which Camel's equality by URI would take for one endpoint (a producer cache keyed by endpoint, for one).
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public PalommaComponent getComponent() {
        return (PalommaComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        PalommaResource resource = configuration.getResource();
        if (resource == PalommaResource.webhooks) {
            throw new IllegalArgumentException("palomma:webhooks only receives events: use it in from(), and "
                    + "palomma:<resource>?operation=... to call Palomma");
        }
        if (configuration.getOperation() == null) {
            throw new IllegalArgumentException("palomma:" + resource + " needs an operation to send: one of "
                    + names(resource) + " (e.g. palomma:" + resource + "?operation="
                    + resource.operations().iterator().next() + ")");
        }
        if (resource != PalommaResource.statusMessages
                && configuration.effectiveEnvironment() != PalommaEnvironment.simulator
                && isBlank(configuration.getApiKey())) {
            throw new IllegalArgumentException(
                    "palomma:" + resource + " needs an apiKey: set camel.component.palomma.apiKey, the endpoint's "
                            + "apiKey option or the PALOMMA_API_KEY environment variable, or use "
                            + "environment=simulator to run against the embedded simulator without one");
        }
        return new PalommaProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        PalommaResource resource = configuration.getResource();
        if (!resource.hasEvents()) {
            throw new IllegalArgumentException("palomma:" + resource + " has no webhook events; receive from "
                    + "palomma:webhooks, or from one of " + PalommaResource.withEvents());
        }
        if (configuration.isReconcile() && !resource.isTracked()) {
            throw new IllegalArgumentException(
                    "palomma:" + resource + " cannot reconcile=true: only payinLinks, payinSources, "
                            + "payinRequests, payoutTargets and payoutRequests are polled by id");
        }
        if (configuration.isReconcile()) {
            configuration.reconcileOptions();
        }
        if (configuration.isReconcile() && !configuration.isWebhooks()) {
            // polling only: no HTTP path, no signature to verify
            PalommaWebhookConsumer consumer = new PalommaWebhookConsumer(this, processor, null, null);
            configureConsumer(consumer);
            return consumer;
        }
        String integrityKey = configuration.isInsecureSkipVerification() ? null : WebhookKeys.integrityKey(this);
        PalommaWebhookConsumer consumer = new PalommaWebhookConsumer(
                this, processor, getComponent().dispatcher(configuration.getWebhookPath()), integrityKey);
        configureConsumer(consumer);
        return consumer;
    }

    /** Takes what this endpoint needs from the component: the simulator if it runs on one, a client if it calls Palomma. */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (PalommaComponent.usesSimulator(configuration)) {
            getComponent().startSimulator(configuration);
        }
        if (configuration.getOperation() != null
                && configuration.getResource() != PalommaResource.webhooks
                && configuration.getResource() != PalommaResource.statusMessages) {
            client = getComponent().client(configuration);
            getComponent().publish(this, client);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (client != null) {
            getComponent().unpublish(client);
            client = null;
        }
        super.doStop();
    }

    public PalommaClient getClient() {
        if (client == null) {
            client = getComponent().client(configuration);
        }
        return client;
    }

    public PalommaConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(PalommaConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The base URL calls go to; on the embedded simulator, null until an endpoint started it. */
    @Override
    public String getServiceUrl() {
        if (PalommaComponent.usesSimulator(configuration)) {
            PalommaSimulator running = getComponent().getSimulator();
            return running == null ? null : running.baseUrl();
        }
        return getComponent().baseUrlOf(configuration);
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }

    static IllegalArgumentException unsupported(PalommaResource resource, PalommaOperation operation) {
        return new IllegalArgumentException(
                "palomma:" + resource + " has no operation " + operation + "; valid: " + names(resource));
    }

    static PalommaOperation parseOperation(String name) {
        for (PalommaOperation op : PalommaOperation.values()) {
            if (op.name().equals(name.trim())) {
                return op;
            }
        }
        throw new IllegalArgumentException("Unknown Palomma operation '" + name + "'; valid: "
                + Arrays.stream(PalommaOperation.values()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    static String names(PalommaResource resource) {
        return resource.operations().stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
