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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The simulator's time: the system clock plus an offset that tests move forward to make links expire. */
final class SimClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    SimClock(Clock base) {
        this.base = base;
    }

    void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the simulator's clock only moves forward (got " + by + ")");
        }
        offset = offset.plus(by);
    }

    void resetOffset() {
        offset = Duration.ZERO;
    }

    Duration offset() {
        return offset;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the simulator's clock is UTC");
    }
}
