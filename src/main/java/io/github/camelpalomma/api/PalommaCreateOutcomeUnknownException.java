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

/**
 * A create failed so that Palomma may or may not have stored it, and the component could not tell which: it was not sent
 * again, since Palomma v0 has no idempotency key and a second create could move money twice. Look the resource up by its
 * reference (a list call with {@code CamelPalommaReference}, or Palomma's dashboard) before deciding to create it again.
 */
public class PalommaCreateOutcomeUnknownException extends PalommaApiException {

    private final String reference;

    public PalommaCreateOutcomeUnknownException(
            int httpStatus, String message, String resource, String reference, Throwable cause) {
        super(httpStatus, message, resource, "create", false, cause);
        this.reference = reference;
    }

    /** The create's reference; null when it had none. */
    public String getReference() {
        return reference;
    }
}
