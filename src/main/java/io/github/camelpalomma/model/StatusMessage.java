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
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A {@code statusMessage} code, present when a resource is cancelled, with what it means. {@link #CATALOGUE} holds the 9
 * documented codes; {@code palomma:statusMessages} serves it without any HTTP call.
 */
public record StatusMessage(String code, String description) {

    public static final String AUTHENTICATION_FAILED = "AUTHENTICATION_FAILED";
    public static final String BANK_NOT_AVAILABLE = "BANK_NOT_AVAILABLE";
    public static final String CUSTOMER_CANCELLATION = "CUSTOMER_CANCELLATION";
    public static final String DECLINED_BY_BANK = "DECLINED_BY_BANK";
    public static final String EXPIRED = "EXPIRED";
    public static final String INVALID_ACCOUNT = "INVALID_ACCOUNT";
    public static final String NOT_ENOUGH_FUNDS = "NOT_ENOUGH_FUNDS";
    public static final String DOCUMENT_ACCOUNT_MISMATCH = "DOCUMENT_ACCOUNT_MISMATCH";
    public static final String ERROR = "ERROR";

    public static final List<StatusMessage> CATALOGUE = List.of(
            new StatusMessage(
                    AUTHENTICATION_FAILED, "The customer's bank credentials were wrong or the bank login failed."),
            new StatusMessage(BANK_NOT_AVAILABLE, "Palomma could not communicate with the bank."),
            new StatusMessage(CUSTOMER_CANCELLATION, "The customer abandoned or cancelled the flow."),
            new StatusMessage(DECLINED_BY_BANK, "The bank rejected the operation under its own rules."),
            new StatusMessage(EXPIRED, "The expiration time was reached before the flow was completed."),
            new StatusMessage(INVALID_ACCOUNT, "The account number given does not exist."),
            new StatusMessage(NOT_ENOUGH_FUNDS, "The account had insufficient funds for the payment."),
            new StatusMessage(
                    DOCUMENT_ACCOUNT_MISMATCH, "The account does not belong to the customer's document number."),
            new StatusMessage(ERROR, "An error Palomma could not map to another code; contact Palomma."));

    private static final Map<String, StatusMessage> BY_CODE =
            CATALOGUE.stream().collect(Collectors.toUnmodifiableMap(StatusMessage::code, Function.identity()));

    public static Optional<StatusMessage> of(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** The documented codes, in the catalogue's order. */
    public static List<String> codes() {
        return CATALOGUE.stream().map(StatusMessage::code).toList();
    }
}
