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

/** A Palomma customer: the payer or payee every other resource hangs from. Customers have no status. */
public record Customer(
        String id,
        String reference,
        String name,
        String documentType,
        String documentNumber,
        String email,
        String phoneNumber,
        String createdAt,
        String updatedAt)
        implements PalommaResourceObject {

    @Override
    public String toString() {
        // personal data (document number, email, phone) stays out of logs
        return "Customer[id=" + id + ", reference=" + reference + ", documentType=" + documentType + "]";
    }
}
