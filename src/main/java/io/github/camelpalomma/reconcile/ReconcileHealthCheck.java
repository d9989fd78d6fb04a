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

import java.util.Map;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of one resource's reconciliation, with its backlog: how many resources are tracked, how old the oldest is,
 * how late the most overdue poll is. DOWN when polling falls behind by more than maxPollInterval, which means
 * maxPollRate is too low for what is tracked, or Palomma keeps answering 429 or errors.
 */
final class ReconcileHealthCheck implements HealthCheck {

    private final String id;
    private final Reconciler reconciler;
    private final long tolerance;
    private boolean enabled = true;

    ReconcileHealthCheck(String id, Reconciler reconciler, long tolerance) {
        this.id = id;
        this.reconciler = reconciler;
        this.tolerance = tolerance;
    }

    @Override
    public String getGroup() {
        return "palomma";
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        Backlog backlog;
        try {
            backlog = reconciler.backlog();
        } catch (RuntimeException e) {
            return builder.message("the reconciliation store cannot be read: " + e.getMessage())
                    .down()
                    .build();
        }
        long now = System.currentTimeMillis();
        long overdue = backlog.earliestDue() == 0 ? 0 : Math.max(0, now - backlog.earliestDue());
        builder.detail("tracked", backlog.tracked());
        builder.detail(
                "oldest.age.seconds", backlog.oldestFirstSeen() == 0 ? 0 : (now - backlog.oldestFirstSeen()) / 1000);
        builder.detail("overdue.seconds", overdue / 1000);
        builder.detail("polling.paused", reconciler.isPollingPaused());
        if (overdue > tolerance) {
            return builder.message("polling is " + overdue / 1000 + " s behind: maxPollRate is too low for the "
                            + backlog.tracked() + " resources tracked, or Palomma keeps refusing")
                    .down()
                    .build();
        }
        return builder.up().build();
    }
}
