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
package io.github.camelpalomma.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of {@code payinRequests?operation=create}: debit an active payin source. Amount above 1,000 pesos. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewPayinRequest(String reference, String payinSourceId, Long amount, String targetMerchantAccountId) {

    public static NewPayinRequest of(String payinSourceId, long amount, String reference) {
        return new NewPayinRequest(reference, payinSourceId, amount, null);
    }
}
