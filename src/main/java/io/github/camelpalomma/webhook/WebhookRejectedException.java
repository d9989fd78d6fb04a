package io.github.camelpalomma.webhook;

/** A delivery refused before any route saw it, with the HTTP status to answer Palomma. */
public class WebhookRejectedException extends RuntimeException {

    private final int httpStatus;

    public WebhookRejectedException(int httpStatus, String reason) {
        super(reason);
        this.httpStatus = httpStatus;
    }

    /** 401 for a missing or wrong signature, 400 for data that is not Palomma's envelope, 413 when too large. */
    public int getHttpStatus() {
        return httpStatus;
    }
}
