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

import org.apache.camel.health.HealthCheckResultBuilder;

import io.github.camelpalomma.internal.ReadinessCheck;

/**
 * Readiness of one resource's reconciliation, with its backlog: how many resources are tracked, how old the oldest is,
 * how late the most overdue poll is. DOWN when polling falls behind by more than maxPollInterval, which means
 * maxPollRate is too low for what is tracked, or Palomma keeps answering 429 or errors.
 */
final class ReconcileHealthCheck extends ReadinessCheck {

    private final Reconciler reconciler;
    private final long tolerance;

    ReconcileHealthCheck(String id, Reconciler reconciler, long tolerance) {
        super(id);
        this.reconciler = reconciler;
        this.tolerance = tolerance;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Backlog backlog;
        try {
            backlog = reconciler.backlog();
        } catch (RuntimeException e) {
            builder.message("the reconciliation store cannot be read: " + e.getMessage())
                    .down();
            return;
        }
        long now = System.currentTimeMillis();
        long overdue = backlog.earliestDue() == 0 ? 0 : Math.max(0, now - backlog.earliestDue());
        builder.detail("tracked", backlog.tracked());
        builder.detail(
                "oldest.age.seconds", backlog.oldestFirstSeen() == 0 ? 0 : (now - backlog.oldestFirstSeen()) / 1000);
        builder.detail("overdue.seconds", overdue / 1000);
        builder.detail("polling.paused", reconciler.isPollingPaused());
        if (overdue > tolerance) {
            builder.message("polling is " + overdue / 1000 + " s behind: maxPollRate is too low for the "
                            + backlog.tracked() + " resources tracked, or Palomma keeps refusing")
                    .down();
            return;
        }
        builder.up();
    }
}
