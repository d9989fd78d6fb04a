package io.github.camelpalomma.model;

/** A Palomma customer: the payer or payee every other resource hangs from. Customers have no status. */
public record Customer(String id, String reference, String name, String documentType, String documentNumber, String email,
        String phoneNumber, String createdAt, String updatedAt) implements PalommaResourceObject {

    @Override
    public String toString() {
        // personal data (document number, email, phone) stays out of logs
        return "Customer[id=" + id + ", reference=" + reference + ", documentType=" + documentType + "]";
    }
}
