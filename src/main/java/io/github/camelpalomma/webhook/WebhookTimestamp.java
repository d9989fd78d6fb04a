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
package io.github.camelpalomma.webhook;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The envelope's {@code timestamp} as epoch milliseconds. Palomma writes UTC ISO-8601 ({@code 2024-02-15T14:03:11Z},
 * sometimes with a fraction), which is read without the formatter machinery; any other ISO-8601 offset date-time is read
 * by {@link OffsetDateTime#parse}.
 */
public final class WebhookTimestamp {

    private WebhookTimestamp() {}

    /** Epoch milliseconds of an ISO-8601 date-time with an offset; 400 when missing or not one. */
    public static long parse(String text) {
        if (text != null) {
            try {
                return isUtcShape(text)
                        ? utc(text)
                        : OffsetDateTime.parse(text).toInstant().toEpochMilli();
            } catch (DateTimeException | NumberFormatException e) {
                // answered below
            }
        }
        throw new WebhookRejectedException(400, "the envelope's timestamp is missing or not an ISO-8601 date-time");
    }

    private static boolean isUtcShape(String s) {
        int n = s.length();
        return n >= 20
                && n <= 30
                && s.charAt(4) == '-'
                && s.charAt(7) == '-'
                && s.charAt(10) == 'T'
                && s.charAt(13) == ':'
                && s.charAt(16) == ':'
                && s.charAt(n - 1) == 'Z'
                && (n == 20 || s.charAt(19) == '.');
    }

    private static long utc(String s) {
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if (hour > 23 || minute > 59 || second > 59) {
            throw new DateTimeException("time out of range");
        }
        int millis = 0;
        int end = s.length() - 1;
        for (int i = 20, scale = 100; i < end; i++, scale /= 10) {
            millis += digit(s, i) * scale;
        }
        long day =
                LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10)).toEpochDay();
        return day * 86_400_000L + hour * 3_600_000L + minute * 60_000L + second * 1000L + millis;
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + digit(s, i);
        }
        return value;
    }

    private static int digit(String s, int i) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
            throw new NumberFormatException("not a digit at " + i);
        }
        return c - '0';
    }
}
