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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
import io.github.camelpalomma.model.PayoutTarget;
import io.github.camelpalomma.model.PayoutTargetDetails;
import io.github.camelpalomma.model.PayoutTargetStatus;
import io.github.camelpalomma.model.PayoutTargetType;

/** The six create calls: validate the body as Palomma documents, store the new object, answer it. */
final class Creations {

    static final DateTimeFormatter EXPIRATION =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
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
            return created(
                    state.customers,
                    new Customer(
                            state.ids.next(),
                            reference,
                            name,
                            documentType,
                            documentNumber,
                            email,
                            phoneNumber,
                            now,
                            now));
        }
    }

    PayinLink payinLink(JsonNode json) {
        BodyReader body = new BodyReader(json);
        Hosted hosted = hosted(body);
        long amount = body.amount("amount", 1500, state.config.get(SimulatorConfig.MAX_PAYIN_AMOUNT));
        String type = body.requiredEnum("type", PayinLinkType.VALUES);
        List<String> methods = PayinLinkType.GENERAL.equals(type)
                ? body.requiredEnumList("availableTypes", PayinLinkType.AVAILABLE)
                : List.of(type);
        String expirationText = body.optionalString("expiration");
        String targetAccountField = body.optionalString("targetMerchantAccountId");
        synchronized (state) {
            ObjectNode fields = opened(hosted, HostedPages.LINK_PAGE, "paymentUrl", PayinLinkStatus.PENDING);
            fields.put("targetMerchantAccountId", state.ledger.resolve("targetMerchantAccountId", targetAccountField))
                    .put("expiration", expiration(expirationText))
                    .put("amount", amount)
                    .put("amountCollected", 0)
                    .put("fee", state.config.get(SimulatorConfig.PAYIN_FEE))
                    .put("type", type);
            PayinLink link = Json.as(fields, PayinLink.class);
            state.payinLinks.attach(link.id(), List.copyOf(methods));
            return created(state.payinLinks, link);
        }
    }

    PayinSource payinSource(JsonNode json) {
        BodyReader body = new BodyReader(json);
        Hosted hosted = hosted(body);
        String type = body.requiredEnum("type", PayinSourceType.VALUES);
        if (PayinSourceType.BANK_ACCOUNT.equals(type)) {
            bankAccount(body);
        }
        boolean partial = body.optionalBoolean("partialPayinsEnabled", false);
        synchronized (state) {
            ObjectNode fields = opened(hosted, HostedPages.SOURCE_PAGE, "authUrl", PayinSourceStatus.PENDING);
            fields.put("partialPayinsEnabled", partial).put("type", type);
            return created(state.payinSources, Json.as(fields, PayinSource.class));
        }
    }

    PayinRequest payinRequest(JsonNode json) {
        Order order = order(json, "payinSourceId", SimulatorConfig.MAX_PAYIN_AMOUNT, "targetMerchantAccountId");
        synchronized (state) {
            PayinSource source = active(state.payinSources, "payinSourceId", order.ownerId(), "a payin source");
            ObjectNode fields = ordered(order, source, state.config.get(SimulatorConfig.PAYIN_FEE));
            fields.put("amountCollected", 0)
                    .set(
                            "payinSourceDetails",
                            Json.tree(new PayinSourceDetails(
                                    source.reference(),
                                    source.description(),
                                    source.partialPayinsEnabled(),
                                    source.type())));
            return created(state.payinRequests, Json.as(fields, PayinRequest.class));
        }
    }

    PayoutTarget payoutTarget(JsonNode json) {
        BodyReader body = new BodyReader(json);
        Hosted hosted = hosted(body);
        String type = body.requiredEnum("type", PayoutTargetType.VALUES);
        bankAccount(body);
        synchronized (state) {
            String status = state.config.get(SimulatorConfig.PAYOUT_TARGET_INITIAL_STATUS);
            ObjectNode fields = opened(hosted, HostedPages.TARGET_PAGE, "authUrl", status);
            PayoutTarget target = Json.as(fields.put("type", type), PayoutTarget.class);
            if (PayoutTargetStatus.ACTIVE.equals(status)) {
                // the guide tells merchants to wait for the webhook announcing an active target: send it even here
                state.payoutTargets.put(target);
                state.changed(Transitions.PAYOUT_TARGET_UPDATE, target);
                return target;
            }
            return created(state.payoutTargets, target);
        }
    }

    PayoutRequest payoutRequest(JsonNode json) {
        Order order = order(json, "payoutTargetId", SimulatorConfig.MAX_PAYOUT_AMOUNT, "sourceMerchantAccountId");
        synchronized (state) {
            PayoutTarget target = active(state.payoutTargets, "payoutTargetId", order.ownerId(), "a payout target");
            long fee = state.config.get(SimulatorConfig.PAYOUT_FEE);
            ObjectNode fields = ordered(order, target, fee);
            state.ledger.debitPayout(fields.get("sourceMerchantAccountId").asText(), order.amount() + fee);
            fields.put("amountSent", order.amount())
                    .set(
                            "payoutTargetDetails",
                            Json.tree(
                                    new PayoutTargetDetails(target.reference(), target.description(), target.type())));
            return created(state.payoutRequests, Json.as(fields, PayoutRequest.class));
        }
    }

    /** Stores a new object and tells the listener (the unattended rule set); answers the object. */
    private <T extends PalommaResourceObject> T created(ResourceStore<T> store, T object) {
        store.put(object);
        state.listener.accept(object);
        return object;
    }

    /** What a payin link, payin source or payout target is created from besides its own fields. */
    private record Hosted(String reference, String description, String customerId, String redirectUrl) {}

    private static Hosted hosted(BodyReader body) {
        return new Hosted(
                body.optionalString("reference"),
                body.optionalString("description"),
                body.requiredString("customerId"),
                body.requiredString("redirectUrl"));
    }

    /**
     * The fields a hosted object starts with: a new id, the customer's details (400 when customerId names none), the
     * page the customer is sent to ({@code urlField}), the redirectUrl and the timestamps. Call holding the state.
     */
    private ObjectNode opened(Hosted hosted, String page, String urlField, String status) {
        JsonNode customer = Json.tree(customerDetails(hosted.customerId()));
        String id = state.ids.next();
        String now = state.timestamp();
        ObjectNode fields = Json.object()
                .put("id", id)
                .put("reference", hosted.reference())
                .put("description", hosted.description())
                .put("customerId", hosted.customerId())
                .put("status", status)
                .put(urlField, state.origin + page + id)
                .put("redirectUrl", hosted.redirectUrl())
                .put("createdAt", now)
                .put("updatedAt", now);
        fields.set("customerDetails", customer);
        return fields;
    }

    /** What a payin request or payout request is created from: the source or target it draws on, amount, account. */
    private record Order(
            String reference, String ownerField, String ownerId, long amount, String accountField, String account) {}

    private Order order(JsonNode json, String ownerField, Setting<Long> max, String accountField) {
        BodyReader body = new BodyReader(json);
        return new Order(
                body.optionalString("reference"),
                ownerField,
                body.requiredString(ownerField),
                body.amount("amount", 1000, state.config.get(max)),
                accountField,
                body.optionalString(accountField));
    }

    /**
     * The fields a payin or payout request starts with, processing from the start: the customer of the source or target
     * it draws on, the amount and fee, the merchant account (400 when it names none). Call holding the state.
     */
    private ObjectNode ordered(Order order, PalommaResourceObject owner, long fee) {
        ObjectNode ownerFields = Json.tree(owner);
        String now = state.timestamp();
        ObjectNode fields = Json.object()
                .put("id", state.ids.next())
                .put("reference", order.reference())
                .put("customerId", ownerFields.path("customerId").asText())
                .put(order.ownerField(), order.ownerId())
                .put("status", PayinRequestStatus.PROCESSING)
                .put("amount", order.amount())
                .put("fee", fee)
                .put(order.accountField(), state.ledger.resolve(order.accountField(), order.account()))
                .put("createdAt", now)
                .put("updatedAt", now);
        fields.set("customerDetails", ownerFields.get("customerDetails"));
        return fields;
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
