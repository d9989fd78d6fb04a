package io.github.camelpalomma;

import java.util.Map;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

import io.github.camelpalomma.api.PalommaClient;

/**
 * Readiness: can Palomma be reached with the configured key? One GET of the merchant accounts, no retries. UP on 200,
 * DOWN when Palomma cannot be reached, refuses the key (401) or answers with a server error.
 */
final class PalommaApiHealthCheck implements HealthCheck {

    private final String id;
    private final PalommaClient client;
    private boolean enabled = true;

    PalommaApiHealthCheck(String id, PalommaClient client) {
        this.id = id;
        this.client = client;
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
        // an unreachable API is no reason to restart this process
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
        builder.detail("url", client.baseUrl());
        int status = client.probe();
        builder.detail("http.status", status);
        if (status == 200) {
            return builder.up().build();
        }
        String why = switch (status) {
            case 0 -> "Palomma cannot be reached";
            case 401, 403 -> "Palomma refuses the API key";
            default -> "Palomma answered " + status;
        };
        return builder.message(why).down().build();
    }

    @Override
    public String toString() {
        return "PalommaApiHealthCheck[" + id + "]";
    }
}
