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
package io.github.camelpalomma.support;

import io.github.camelpalomma.model.BankAccount;
import io.github.camelpalomma.model.NewCustomer;
import io.github.camelpalomma.model.NewPayoutTarget;

/** The create requests the flow tests send: one customer, and her bank account as a payout target. */
public final class NewResources {

    private NewResources() {}

    /** Ana, with the given reference (null: none). */
    public static NewCustomer customer(String reference) {
        return new NewCustomer(reference, "Ana Gómez", "cc", "1037551022", "ana@example.co", "3013111111");
    }

    /** The customer's Bancolombia savings account. */
    public static NewPayoutTarget bankAccountTarget(String customerId) {
        return NewPayoutTarget.bankAccount(
                customerId, "https://shop.example/done", new BankAccount("bancolombia", "savings", "1234567890"));
    }
}
