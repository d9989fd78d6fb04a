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
package io.github.camelpalomma.reconcile;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.CamelContext;

import io.github.camelpalomma.api.PalommaClient;
import io.github.camelpalomma.model.PalommaResource;
import io.github.camelpalomma.model.PalommaResourceObject;

/**
 * The reconciliation of one palomma component (one CamelContext): which resources its consumers reconcile, the node's
 * name in a cluster, and the polling budget all of them share. Producers tell it about what they created; users may
 * seed ids created before with {@link #track}.
 */
public final class Reconciliation {

    private final String node = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<PalommaResource, Reconciler> reconcilers = new ConcurrentHashMap<>();
    private RateBudget budget;

    /** Creates the reconciler of a consumer; the caller starts and stops it with the consumer. */
    public synchronized Reconciler create(
            CamelContext context,
            PalommaResource resource,
            ReconcileOptions options,
            PalommaClient client,
            RouteRunner route) {
        if (!resource.isTracked()) {
            throw new IllegalArgumentException(
                    "palomma:" + resource + " cannot reconcile: only payinLinks, payinSources, "
                            + "payinRequests, payoutTargets and payoutRequests are polled by id");
        }
        if (reconcilers.containsKey(resource)) {
            throw new IllegalArgumentException(
                    "Only one palomma:" + resource + " consumer per CamelContext can reconcile");
        }
        if (budget == null) {
            // the first reconciling consumer sets the rate; it is one budget for every resource of the context
            budget = new RateBudget(options.maxPollRate());
        }
        Reconciler reconciler = new Reconciler(context, resource, options, client, budget, node, route);
        reconcilers.put(resource, reconciler);
        return reconciler;
    }

    public void remove(Reconciler reconciler) {
        reconcilers.remove(reconciler.resource(), reconciler);
    }

    /** A resource a producer created or read: tracked when its kind is reconciled here and its status is not final. */
    public void seen(PalommaResource resource, Object answer) {
        Reconciler reconciler = reconcilers.get(resource);
        if (reconciler != null && answer instanceof PalommaResourceObject object && object.id() != null) {
            reconciler.track(object.id(), object.status());
        }
    }

    /** Seeds an id created before (or elsewhere): its current status is delivered on its first poll, unless final. */
    public boolean track(PalommaResource resource, String id) {
        Reconciler reconciler = reconcilers.get(resource);
        if (reconciler == null) {
            return false;
        }
        reconciler.track(id, null);
        return true;
    }

    /** The reconciler of a resource, or null when no started consumer reconciles it. */
    public Reconciler of(PalommaResource resource) {
        return reconcilers.get(resource);
    }

    public String node() {
        return node;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
