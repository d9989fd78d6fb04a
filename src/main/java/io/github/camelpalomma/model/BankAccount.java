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

/** A bank account given when creating a payin source or payout target; never echoed back by Palomma. */
public record BankAccount(String bank, String accountType, String accountNumber) {

    @Override
    public String toString() {
        String number = accountNumber == null || accountNumber.length() <= 4
                ? "****"
                : "****" + accountNumber.substring(accountNumber.length() - 4);
        return "BankAccount[bank=" + bank + ", accountType=" + accountType + ", accountNumber=" + number + "]";
    }
}
