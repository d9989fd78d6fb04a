package io.github.camelpalomma.model;

/** The snapshot of the owning customer embedded in payin links, sources, requests, payout targets and requests. */
public record CustomerDetails(String reference, String name, String documentType, String documentNumber, String email,
        String phoneNumber) {

    @Override
    public String toString() {
        return "CustomerDetails[reference=" + reference + ", documentType=" + documentType + "]";
    }
}
