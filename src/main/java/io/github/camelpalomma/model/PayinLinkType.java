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

/** Payin link {@code type}; all but {@code general} are also allowed in {@code availableTypes}. Palomma may add values later: compare strings, never assume the set is closed. */
public final class PayinLinkType {

    /** Palomma's page lets the customer pick one of the link's {@code availableTypes}. */
    public static final String GENERAL = "general";

    /** One payment method each: PSE bank transfer, the Bancolombia and Nequi buttons, card, Bancolombia collection. */
    public static final String PSE = "pse",
            BANCOLOMBIA_BUTTON = "bancolombiaButton",
            NEQUI_BUTTON = "nequiButton",
            CARD = "card",
            BANCOLOMBIA_COLLECT = "bancolombiaCollect";

    /** The values {@code availableTypes} may hold: every method but {@code general}. */
    public static final Set<String> AVAILABLE =
            Set.of(PSE, BANCOLOMBIA_BUTTON, NEQUI_BUTTON, CARD, BANCOLOMBIA_COLLECT);

    /** The values documented today. */
    public static final Set<String> VALUES =
            Set.of(GENERAL, PSE, BANCOLOMBIA_BUTTON, NEQUI_BUTTON, CARD, BANCOLOMBIA_COLLECT);

    private PayinLinkType() {}
}
