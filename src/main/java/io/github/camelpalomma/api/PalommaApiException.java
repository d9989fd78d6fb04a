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
package io.github.camelpalomma.api;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.HttpResponseAware;

/**
 * Palomma answered with an error, or did not answer at all (status 0). Carries what a route needs to decide: the HTTP
 * status, Palomma's own message, which call failed, and whether trying again could help.
 */
public class PalommaApiException extends RuntimeCamelException implements HttpResponseAware {

    private int httpStatus;
    private final String apiMessage;
    private final String resource;
    private final String operation;
    private final boolean retryable;
    private long retryAfterMillis;

    public PalommaApiException(
            int httpStatus, String apiMessage, String resource, String operation, boolean retryable, Throwable cause) {
        super(describe(httpStatus, apiMessage, resource, operation, retryable), cause);
        this.httpStatus = httpStatus;
        this.apiMessage = apiMessage;
        this.resource = resource;
        this.operation = operation;
        this.retryable = retryable;
    }

    private static String describe(
            int status, String apiMessage, String resource, String operation, boolean retryable) {
        String what = resource + " " + operation;
        String answer = status == 0 ? "no answer from Palomma" : "Palomma answered " + status;
        return answer + " to " + what + (apiMessage == null ? "" : ": " + apiMessage)
                + (retryable ? " (a retry may succeed)" : " (retrying will not help)");
    }

    // spotless:off
    // The answer: what Palomma said, if anything.
    /** HTTP status Palomma answered with; 0 when no answer arrived (connection failure, timeout). */
    public int getHttpStatus() { return httpStatus; }
    /** Palomma's {@code message}, or what went wrong on the way when there was no answer. */
    public String getApiMessage() { return apiMessage; }

    // The call that failed.
    public String getResource() { return resource; }
    public String getOperation() { return operation; }

    // What a route may do about it.
    /** True for failures a later try could fix: no answer, 429, 500, 502, 503, 504. */
    public boolean isRetryable() { return retryable; }
    /** How long Palomma asked to wait (Retry-After) before trying again, in milliseconds; 0 when it did not say. */
    public long getRetryAfterMillis() { return retryAfterMillis; }
    // spotless:on

    PalommaApiException retryAfter(long millis) {
        this.retryAfterMillis = millis;
        return this;
    }

    @Override
    public int getHttpResponseCode() {
        return httpStatus;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.httpStatus = code;
    }

    /** Null: Palomma's answers are told apart by their code and message; no status text is kept. */
    @Override
    public String getHttpResponseStatus() {
        return null;
    }

    /** Ignored: see {@link #getHttpResponseStatus()}. */
    @Override
    public void setHttpResponseStatus(String status) {}
}
