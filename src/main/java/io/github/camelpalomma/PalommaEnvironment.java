package io.github.camelpalomma;

/** Where the component sends its calls, unless {@code baseUrl} is set. */
public enum PalommaEnvironment {
    /** Palomma's sandbox: no real money moves. */
    sandbox("https://sandbox.api.palomma.com/v0"),
    /**
     * Production as Palomma's create-payin-link page shows it. Later snapshots of the docs show https://api.palomma.com/v0;
     * set baseUrl if Palomma gives you that one.
     */
    production("https://prod.api.palomma.com/v0"),
    /** The simulator embedded in this jar, started on a local port on first use; no credentials needed. */
    simulator(null);

    private final String baseUrl;

    PalommaEnvironment(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
