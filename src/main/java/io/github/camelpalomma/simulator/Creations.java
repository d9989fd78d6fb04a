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
package io.github.camelpalomma.simulator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelpalomma.model.AccountType;
import io.github.camelpalomma.model.Bank;
import io.github.camelpalomma.model.Customer;
import io.github.camelpalomma.model.CustomerDetails;
import io.github.camelpalomma.model.DocumentType;
import io.github.camelpalomma.model.PalommaResourceObject;
import io.github.camelpalomma.model.PayinLink;
import io.github.camelpalomma.model.PayinLinkStatus;
import io.github.camelpalomma.model.PayinLinkType;
import io.github.camelpalomma.model.PayinRequest;
import io.github.camelpalomma.model.PayinRequestStatus;
import io.github.camelpalomma.model.PayinSource;
import io.github.camelpalomma.model.PayinSourceDetails;
import io.github.camelpalomma.model.PayinSourceStatus;
import io.github.camelpalomma.model.PayinSourceType;
import io.github.camelpalomma.model.PayoutRequest;
import io.github.camelpalomma.model.PayoutRequestStatus;
import io.github.camelpalomma.model.PayoutTarget;
import io.github.camelpalomma.model.PayoutTargetDetails;
import io.github.camelpalomma.model.PayoutTargetStatus;
import io.github.camelpalomma.model.PayoutTargetType;

/** The six create calls: validate the body as Palomma documents, store the new object, answer it. */
final class Creations {

    static final DateTimeFormatter EXPIRATION =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> LINK_METHODS = Set.of(
            PayinLinkType.PSE,
            PayinLinkType.BANCOLOMBIA_BUTTON,
            PayinLinkType.NEQUI_BUTTON,
            PayinLinkType.CARD,
            PayinLinkType.BANCOLOMBIA_COLLECT);

    private final SimulatorState state;

    Creations(SimulatorState state) {
        this.state = state;
    }

    Customer customer(JsonNode json) {
        BodyReader body = new BodyReader(json);
        String reference = body.optionalString("reference");
        String name = body.requiredString("name");
        String documentType = body.requiredEnum("documentType", DocumentType.VALUES);
        String documentNumber = body.requiredString("documentNumber");
        String email = body.requiredString("email");
        String phoneNumber = body.requiredString("phoneNumber");
        synchronized (state) {
            String now = state.timestamp();
            Customer customer = new Customer(
                    state.ids.next(), reference, name, documentType, documentNumber, email, phoneNumber, now, now);
            state.customers.put(customer);
            state.listener.accept(customer);
            return customer;
        }
    }

    PayinLink payinLink(JsonNode json) {
        BodyReader body = new BodyReader(json);
        String reference = body.optionalString("reference");
        String description = body.optionalString("description");
        String customerId = body.requiredString("customerId");
        String redirectUrl = body.requiredString("redirectUrl");
        long amount = body.amount("amount", 1500, state.config.get(SimulatorConfig.MAX_PAYIN_AMOUNT));
        String type = body.requiredEnum("type", PayinLinkType.VALUES);
        List<String> methods = PayinLinkType.GENERAL.equals(type)
                ? body.requiredEnumList("availableTypes", LINK_METHODS)
                : List.of(type);
        String expirationText = body.optionalString("expiration");
        String targetAccountField = body.optionalString("targetMerchantAccountId");
        synchronized (state) {
            CustomerDetails customer = customerDetails(customerId);
            String account = state.ledger.resolve("targetMerchantAccountId", targetAccountField);
            String expiration = expiration(expirationText);
            String now = state.timestamp();
            String id = state.ids.next();
            PayinLink link = new PayinLink(
                    id,
                    reference,
                    description,
                    customerId,
                    customer,
                    PayinLinkStatus.PENDING,
                    null,
                    state.origin + HostedPages.LINK_PAGE + id,
                    redirectUrl,
                    amount,
                    0,
                    state.config.get(SimulatorConfig.PAYIN_FEE),
                    type,
                    expiration,
                    account,
                    now,
                    now);
            state.payinLinks.put(link);
            state.payinLinks.attach(id, List.copyOf(methods));
            state.listener.accept(link);
            return link;
        }
    }

    PayinSource payinSource(JsonNode json) {
        BodyReader body = new BodyReader(json);
        String reference = body.optionalString("reference");
        String description = body.optionalString("description");
        String customerId = body.requiredString("customerId");
        String redirectUrl = body.requiredString("redirectUrl");
        String type = body.requiredEnum("type", PayinSourceType.VALUES);
        if (PayinSourceType.BANK_ACCOUNT.equals(type)) {
            bankAccount(body);
        }
        boolean partial = body.optionalBoolean("partialPayinsEnabled", false);
        synchronized (state) {
            CustomerDetails customer = customerDetails(customerId);
            String now = state.timestamp();
            String id = state.ids.next();
            PayinSource source = new PayinSource(
                    id,
                    reference,
                    description,
                    customerId,
                    customer,
                    PayinSourceStatus.PENDING,
                    null,
                    state.origin + HostedPages.SOURCE_PAGE + id,
                    redirectUrl,
                    partial,
                    type,
                    now,
                    now);
            state.payinSources.put(source);
            state.listener.accept(source);
            return source;
        }
    }

    PayinRequest payinRequest(JsonNode json) {
        BodyReader body = new BodyReader(json);
        String reference = body.optionalString("reference");
        String sourceId = body.requiredString("payinSourceId");
        long amount = body.amount("amount", 1000, state.config.get(SimulatorConfig.MAX_PAYIN_AMOUNT));
        String targetAccountField = body.optionalString("targetMerchantAccountId");
        synchronized (state) {
            PayinSource source = active(state.payinSources, "payinSourceId", sourceId, "a payin source");
            String account = state.ledger.resolve("targetMerchantAccountId", targetAccountField);
            String now = state.timestamp();
            PayinRequest request = new PayinRequest(
                    state.ids.next(),
                    reference,
                    source.customerId(),
                    source.customerDetails(),
                    sourceId,
                    new PayinSourceDetails(
                            source.reference(), source.description(), source.partialPayinsEnabled(), source.type()),
                    PayinRequestStatus.PROCESSING,
                    null,
                    amount,
                    0,
                    state.config.get(SimulatorConfig.PAYIN_FEE),
                    account,
                    now,
                    now);
            state.payinRequests.put(request);
            state.listener.accept(request);
            return request;
        }
    }

    PayoutTarget payoutTarget(JsonNode json) {
        BodyReader body = new BodyReader(json);
        String reference = body.optionalString("reference");
        String description = body.optionalString("description");
        String customerId = body.requiredString("customerId");
        String redirectUrl = body.requiredString("redirectUrl");
        String type = body.requiredEnum("type", PayoutTargetType.VALUES);
        bankAccount(body);
        synchronized (state) {
            CustomerDetails customer = customerDetails(customerId);
            String now = state.timestamp();
            String id = state.ids.next();
            String status = state.config.get(SimulatorConfig.PAYOUT_TARGET_INITIAL_STATUS);
            PayoutTarget target = new PayoutTarget(
                    id,
                    reference,
                    description,
                    customerId,
                    customer,
                    status,
                    null,
                    state.origin + HostedPages.TARGET_PAGE + id,
                    redirectUrl,
                    type,
                    now,
                    now);
            state.payoutTargets.put(target);
            if (PayoutTargetStatus.ACTIVE.equals(status)) {
                // the guide tells merchants to wait for the webhook announcing an active target: send it even here
                state.changed(Transitions.PAYOUT_TARGET_UPDATE, target);
            } else {
                state.listener.accept(target);
            }
            return target;
        }
    }

    PayoutRequest payoutRequest(JsonNode json) {
        BodyReader body = new BodyReader(json);
        String reference = body.optionalString("reference");
        String targetId = body.requiredString("payoutTargetId");
        long amount = body.amount("amount", 1000, state.config.get(SimulatorConfig.MAX_PAYOUT_AMOUNT));
        String sourceAccountField = body.optionalString("sourceMerchantAccountId");
        synchronized (state) {
            PayoutTarget target = active(state.payoutTargets, "payoutTargetId", targetId, "a payout target");
            String account = state.ledger.resolve("sourceMerchantAccountId", sourceAccountField);
            long fee = state.config.get(SimulatorConfig.PAYOUT_FEE);
            state.ledger.debitPayout(account, amount + fee);
            String now = state.timestamp();
            PayoutRequest request = new PayoutRequest(
                    state.ids.next(),
                    reference,
                    target.customerId(),
                    target.customerDetails(),
                    targetId,
                    new PayoutTargetDetails(target.reference(), target.description(), target.type()),
                    PayoutRequestStatus.PROCESSING,
                    null,
                    amount,
                    amount,
                    fee,
                    account,
                    now,
                    now);
            state.payoutRequests.put(request);
            state.listener.accept(request);
            return request;
        }
    }

    private CustomerDetails customerDetails(String customerId) {
        Customer customer = state.customers.find(customerId);
        if (customer == null) {
            throw ApiError.badRequest("customerId '" + customerId + "' is not a customer");
        }
        return new CustomerDetails(
                customer.reference(),
                customer.name(),
                customer.documentType(),
                customer.documentNumber(),
                customer.email(),
                customer.phoneNumber());
    }

    private static void bankAccount(BodyReader body) {
        BodyReader account = body.requiredObject("bankAccount");
        account.requiredEnum("bank", Bank.VALUES);
        account.requiredEnum("accountType", AccountType.VALUES);
        account.requiredString("accountNumber");
    }

    /** Colombia local time; default end of the next day; not in the past, not after the end of the 7th day. */
    private String expiration(String text) {
        LocalDateTime now = state.colombiaNow();
        if (text == null) {
            return LocalDateTime.of(now.toLocalDate().plusDays(1), LocalTime.of(23, 59, 59))
                    .format(EXPIRATION);
        }
        LocalDateTime expiration;
        try {
            expiration = LocalDateTime.parse(text, EXPIRATION);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("expiration must be YYYY-MM-DDTHH:mm:ss in Colombia time (got '" + text + "')");
        }
        if (expiration.isBefore(now)) {
            throw ApiError.badRequest(
                    "expiration must not be in the past (got '" + text + "', now " + now.format(EXPIRATION) + ")");
        }
        LocalDate lastDay = now.toLocalDate().plusDays(7);
        if (expiration.toLocalDate().isAfter(lastDay)) {
            throw ApiError.badRequest("expiration must be at most the end of " + lastDay + " (got '" + text + "')");
        }
        return expiration.format(EXPIRATION);
    }

    /** The source or target a request names, which must exist and be active; otherwise 400 naming the field. */
    private static <T extends PalommaResourceObject> T active(
            ResourceStore<T> store, String field, String id, String what) {
        T found = store.find(id);
        if (found == null) {
            throw ApiError.badRequest(field + " '" + id + "' is not " + what);
        }
        // payin sources and payout targets share the status name
        if (!PayinSourceStatus.ACTIVE.equals(found.status())) {
            throw ApiError.badRequest(field + " '" + id + "' is " + found.status() + ", not active");
        }
        return found;
    }
}
