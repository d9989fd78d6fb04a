package io.github.camelpalomma.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of {@code customers?operation=create}. Required: name, documentType, documentNumber, email, phoneNumber. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewCustomer(String reference, String name, String documentType, String documentNumber, String email,
        String phoneNumber) {

    @Override
    public String toString() {
        return "NewCustomer[reference=" + reference + ", documentType=" + documentType + "]";
    }
}
