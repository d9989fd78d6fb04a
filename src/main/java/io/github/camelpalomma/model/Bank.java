package io.github.camelpalomma.model;

import java.util.Set;

/**
 * The {@code bankAccount.bank} codes. Palomma's v0 pages show only {@code santander}; this list of 40 is the one published
 * for Palomma's direct-debit API and is assumed to hold for v0 (validation can be relaxed with {@code validateBanks=false}).
 */
public final class Bank {

    public static final Set<String> VALUES = Set.of("santander", "coofinep", "avvillas", "cotrafa", "confiar", "union", "nequi",
            "bancoagrario", "bancoomeva", "bancamia", "coopcentral", "citibank", "bancodeoccidente", "falabella", "bancodebogota",
            "bancocajasocial", "serfinanza", "cfa", "coltefinanciera", "pichincha", "iris", "ban100", "bancopopular", "daviplata",
            "bancolombia", "finandina", "scotiabankcolpatria", "gnbsudameris", "itau", "bbva", "davivienda", "mibanco", "multibank",
            "mundomujer", "procreditcolombia", "bancow", "bancoldex", "juriscoop", "itauhelm", "jpmorgancolombia");

    private Bank() {
    }
}
