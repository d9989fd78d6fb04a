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
