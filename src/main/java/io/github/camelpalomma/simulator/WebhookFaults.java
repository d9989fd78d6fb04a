package io.github.camelpalomma.simulator;

/**
 * What the webhook sender does wrong while switched on, as a network and Palomma may: deliver every webhook twice, and
 * hold each first attempt back a random time up to {@link #MAX_DELAY_MILLIS}, so that deliveries of one resource arrive
 * out of order. Both off by default.
 */
public final class WebhookFaults {

    static final long MAX_DELAY_MILLIS = 2_000;

    private volatile boolean duplicate;
    private volatile boolean reorder;

    public boolean duplicate() {
        return duplicate;
    }

    public void duplicate(boolean on) {
        duplicate = on;
    }

    public boolean reorder() {
        return reorder;
    }

    public void reorder(boolean on) {
        reorder = on;
    }
}
