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
package io.github.camelpalomma.webhook;

/** A delivery refused before any route saw it, with the HTTP status to answer Palomma. */
public class WebhookRejectedException extends RuntimeException {

    private final int httpStatus;

    public WebhookRejectedException(int httpStatus, String reason) {
        super(reason);
        this.httpStatus = httpStatus;
    }

    /** 401 for a missing or wrong signature, 400 for data that is not Palomma's envelope, 413 when too large. */
    public int getHttpStatus() {
        return httpStatus;
    }
}
