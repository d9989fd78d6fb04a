package io.github.camelpalomma.webhook;

/** Text from an envelope made safe to log: control characters cannot start a forged log line. */
public final class LogSafe {

    private LogSafe() {
    }

    /** The text with every control character (CR, LF, tab, ...) written as {@code \\uXXXX}. */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return escape(text);
            }
        }
        return text;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
