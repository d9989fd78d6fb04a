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
package io.github.camelpalomma.internal;

import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * A readiness check of the palomma health-check group. Never a liveness check: what these checks find (Palomma out of
 * reach, a polling backlog) is no reason to restart the process.
 */
public abstract class ReadinessCheck extends AbstractHealthCheck {

    protected ReadinessCheck(String id) {
        super("palomma", id);
    }

    @Override
    public final boolean isLiveness() {
        return false;
    }
}
