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
package io.github.camelpalomma.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code payinLinks?operation=create}. Required: customerId, redirectUrl, amount (whole pesos, above 1,500),
 * type, and availableTypes when type is {@code general}. expiration is {@code YYYY-MM-DDTHH:mm:ss}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewPayinLink(
        String reference,
        String description,
        String customerId,
        String redirectUrl,
        Long amount,
        String type,
        List<String> availableTypes,
        String expiration,
        String targetMerchantAccountId) {

    /** A {@code general} link: the customer picks one of {@code availableTypes} on Palomma's page. */
    public static NewPayinLink general(
            String customerId, long amount, String redirectUrl, List<String> availableTypes) {
        return new NewPayinLink(
                null, null, customerId, redirectUrl, amount, PayinLinkType.GENERAL, availableTypes, null, null);
    }

    public NewPayinLink withReference(String newReference) {
        return labelled(newReference, description);
    }

    public NewPayinLink withDescription(String newDescription) {
        return labelled(reference, newDescription);
    }

    /** This link under other merchant labels: the payment itself stays as it is. */
    private NewPayinLink labelled(String newReference, String newDescription) {
        return new NewPayinLink(
                newReference,
                newDescription,
                customerId,
                redirectUrl,
                amount,
                type,
                availableTypes,
                expiration,
                targetMerchantAccountId);
    }
}
