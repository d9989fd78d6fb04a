package io.github.camelpalomma.simulator;

/** Whole Colombian pesos as Colombians write them: {@code $150.000}, dots between thousands, no decimals. */
final class Pesos {

    private Pesos() {
    }

    static String format(long pesos) {
        String signed = Long.toString(pesos);
        String digits = pesos < 0 ? signed.substring(1) : signed;
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 2);
        int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return (pesos < 0 ? "-$" : "$") + out;
    }

    /** The amount, or an empty string for a resource without one. */
    static String format(Long pesos) {
        return pesos == null ? "" : format(pesos.longValue());
    }
}
