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
package io.github.camelpalomma.simulator;

import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * Monotonic ULIDs (26 Crockford base32 characters: 48-bit millisecond time, 80 random bits), the id format of Palomma's
 * examples. Within one millisecond the random part is incremented, so ids sort in creation order, which the simulator's
 * cursor paging relies on.
 */
final class Ulid {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    // ids need to be unique, not unguessable: a seeded SplittableRandom avoids SecureRandom's slow first use
    private final SplittableRandom random = new SplittableRandom();
    private final LongSupplier millis;
    private long lastTime = -1;
    private long randomHigh; // 16 bits
    private long randomLow; // 64 bits

    Ulid(LongSupplier millis) {
        this.millis = millis;
    }

    synchronized String next() {
        long now = Math.max(millis.getAsLong(), lastTime);
        if (now == lastTime) {
            randomLow++;
            if (randomLow == 0) {
                randomHigh = (randomHigh + 1) & 0xFFFF;
            }
        } else {
            lastTime = now;
            randomHigh = random.nextInt(0x10000);
            randomLow = random.nextLong() & 0x7FFF_FFFF_FFFF_FFFFL; // leaves room to increment
        }
        char[] out = new char[26];
        long time = lastTime;
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        // 80 random bits = 16 characters; take 5 bits at a time from the low end
        long low = randomLow;
        long high = randomHigh;
        for (int i = 25; i >= 10; i--) {
            out[i] = ALPHABET[(int) (low & 31)];
            low = (low >>> 5) | ((high & 31) << 59);
            high >>>= 5;
        }
        return new String(out);
    }
}
