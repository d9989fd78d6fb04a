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

/**
 * The {@code bankAccount.bank} codes. Palomma's v0 pages show only {@code santander}; this list of 40 is the one published
 * for Palomma's direct-debit API and is assumed to hold for v0 (validation can be relaxed with {@code validateBanks=false}).
 */
public final class Bank {

    public static final Set<String> VALUES = Set.of(
            "santander",
            "coofinep",
            "avvillas",
            "cotrafa",
            "confiar",
            "union",
            "nequi",
            "bancoagrario",
            "bancoomeva",
            "bancamia",
            "coopcentral",
            "citibank",
            "bancodeoccidente",
            "falabella",
            "bancodebogota",
            "bancocajasocial",
            "serfinanza",
            "cfa",
            "coltefinanciera",
            "pichincha",
            "iris",
            "ban100",
            "bancopopular",
            "daviplata",
            "bancolombia",
            "finandina",
            "scotiabankcolpatria",
            "gnbsudameris",
            "itau",
            "bbva",
            "davivienda",
            "mibanco",
            "multibank",
            "mundomujer",
            "procreditcolombia",
            "bancow",
            "bancoldex",
            "juriscoop",
            "itauhelm",
            "jpmorgancolombia");

    private Bank() {}
}
