package io.github.camelpalomma.api;

/**
 * A create failed so that Palomma may or may not have stored it, and the component could not tell which: it was not sent
 * again, since Palomma v0 has no idempotency key and a second create could move money twice. Look the resource up by its
 * reference (a list call with {@code CamelPalommaReference}, or Palomma's dashboard) before deciding to create it again.
 */
public class PalommaCreateOutcomeUnknownException extends PalommaApiException {

    private final String reference;

    public PalommaCreateOutcomeUnknownException(int httpStatus, String message, String resource, String reference,
                                                Throwable cause) {
        super(httpStatus, message, resource, "create", false, cause);
        this.reference = reference;
    }

    /** The create's reference; null when it had none. */
    public String getReference() {
        return reference;
    }
}
