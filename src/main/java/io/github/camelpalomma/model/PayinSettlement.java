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

/** The payins of one merchant account settled in one daily cycle (11, 13, 16, 18 or 20 h). */
public record PayinSettlement(
        String id,
        String merchantAccountId,
        long totalAmountCollected,
        long totalFees,
        long numberOfPayins,
        String payinSettlementDate,
        int payinSettlementCycle,
        String createdAt,
        String updatedAt)
        implements PalommaResourceObject {}
