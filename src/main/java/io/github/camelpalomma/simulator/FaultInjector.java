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

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The faults still to inject, each with its remaining count; the first armed fault that matches a call is used up. */
final class FaultInjector {

    private static final class Armed {
        final Fault fault;
        int remaining;

        Armed(Fault fault) {
            this.fault = fault;
            this.remaining = fault.times();
        }
    }

    private final List<Armed> armed = new ArrayList<>();
    private volatile boolean any;

    synchronized void add(Fault fault) {
        armed.add(new Armed(fault));
        any = true;
    }

    /** The fault this call must suffer, or null. */
    Fault take(String method, String path) {
        if (!any) {
            return null;
        }
        synchronized (this) {
            for (Iterator<Armed> it = armed.iterator(); it.hasNext(); ) {
                Armed candidate = it.next();
                if (candidate.fault.matches(method, path)) {
                    if (--candidate.remaining == 0) {
                        it.remove();
                    }
                    any = !armed.isEmpty();
                    return candidate.fault;
                }
            }
            return null;
        }
    }

    /** The faults still armed, with their remaining counts as {@code times}. */
    synchronized List<Fault> pending() {
        List<Fault> out = new ArrayList<>();
        for (Armed a : armed) {
            Fault f = a.fault;
            out.add(new Fault(
                    f.path(), f.method(), a.remaining, f.kind(), f.status(), f.retryAfterSeconds(), f.latency()));
        }
        return out;
    }

    synchronized void clear() {
        armed.clear();
        any = false;
    }
}
