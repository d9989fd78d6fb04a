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

import java.util.Set;

/** Payin source {@code type}. Palomma may add values later: compare strings, never assume the set is closed. */
public final class PayinSourceType {

    public static final String BANK_ACCOUNT = "bankAccount",
            BANCOLOMBIA_TOKEN = "bancolombiaToken",
            NEQUI_TOKEN = "nequiToken";

    /** The values documented today. */
    public static final Set<String> VALUES = Set.of(BANK_ACCOUNT, BANCOLOMBIA_TOKEN, NEQUI_TOKEN);

    private PayinSourceType() {}
}
