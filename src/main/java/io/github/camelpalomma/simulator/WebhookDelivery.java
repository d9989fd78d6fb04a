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

/**
 * One delivery attempt of a webhook. {@code statusCode} is null when the attempt failed without an answer (timeout,
 * connection refused), then {@code error} says why. {@code latencyMillis}: from sending to the answer or the failure.
 */
public record WebhookDelivery(
        String webhookId,
        String eventType,
        String resourceId,
        String url,
        int attempt,
        Integer statusCode,
        String error,
        String attemptedAt,
        long latencyMillis) {

    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** Answered, but not with a 2xx: the receiver refused it (a failed route answers 500; a bad signature 401). */
    public boolean refused() {
        return statusCode != null && !succeeded();
    }

    /** No answer at all: timeout, connection refused or reset. */
    public boolean failed() {
        return statusCode == null;
    }
}
