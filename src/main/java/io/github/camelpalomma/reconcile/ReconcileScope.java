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

import io.github.camelpalomma.model.PalommaResource;

/**
 * What the parts of one resource's reconciliation share: the resource, its store, this node's name, the options and
 * the counters.
 */
record ReconcileScope(
        PalommaResource resource,
        ReconcileStore store,
        String node,
        ReconcileOptions options,
        ReconcileCounters counters) {

    /** The store's key for the resource. */
    String name() {
        return resource.name();
    }
}
