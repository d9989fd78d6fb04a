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
package io.github.camelpalomma.bench;

import java.nio.charset.StandardCharsets;

/**
 * Pages of a customer list made up on the fly: item n is the fixture customer with id {@code C<n>}; the cursor is the
 * offset of the next page, absent after the last item.
 */
final class CustomerPages {

    private final String before;
    private final String after;
    private final int total;

    CustomerPages(int total) {
        String customer = Fixtures.text("customers");
        String id = "01HPR57X6QR5ZRKEEKBSDBW4RA";
        int at = customer.indexOf(id);
        this.before = customer.substring(0, at);
        this.after = customer.substring(at + id.length());
        this.total = total;
    }

    int total() {
        return total;
    }

    /** The page starting at {@code cursor} (an offset; null for the first page). */
    byte[] page(String cursor, int limit) {
        int from = cursor == null || cursor.isEmpty() ? 0 : Integer.parseInt(cursor);
        int to = Math.min(total, from + Math.max(1, Math.min(limit, 100)));
        StringBuilder sb = new StringBuilder(64 + (to - from) * (before.length() + after.length() + 12));
        sb.append("{\"items\":[");
        for (int n = from; n < to; n++) {
            if (n > from) {
                sb.append(',');
            }
            sb.append(before).append('C').append(n).append(after);
        }
        sb.append("],\"cursor\":");
        if (to < total) {
            sb.append('"').append(to).append('"');
        } else {
            sb.append("null");
        }
        sb.append(",\"count\":").append(to - from).append('}');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
