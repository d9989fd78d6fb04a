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

// spotless:off: the components grouped by meaning, in the order of the API reference
/** A debit of an active payin source. Status: see {@link PayinRequestStatus}. */
public record PayinRequest(
        String id, String reference,
        String customerId, CustomerDetails customerDetails,
        String payinSourceId, PayinSourceDetails payinSourceDetails,
        String status, String statusMessage,
        long amount, long amountCollected, long fee, String targetMerchantAccountId,
        String createdAt, String updatedAt)
        implements PalommaResourceObject {}
// spotless:on
