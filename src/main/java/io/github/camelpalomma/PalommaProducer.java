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
package io.github.camelpalomma;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

import io.github.camelpalomma.api.ApiCall;
import io.github.camelpalomma.api.ApiCalls;
import io.github.camelpalomma.api.CreateBody;
import io.github.camelpalomma.api.PageIterator;
import io.github.camelpalomma.api.PalommaClient;
import io.github.camelpalomma.api.PalommaValidationException;
import io.github.camelpalomma.api.RequestLimits;
import io.github.camelpalomma.model.Page;
import io.github.camelpalomma.model.PalommaOperation;
import io.github.camelpalomma.model.PalommaResource;
import io.github.camelpalomma.model.PalommaResourceObject;
import io.github.camelpalomma.model.StatusMessage;

/**
 * Runs the endpoint's operation on its resource: finds the call in {@link ApiCalls}, takes ids, filters and paging from
 * headers or options, checks a create's body against the documented rules, and puts the typed answer in the body.
 */
public class PalommaProducer extends DefaultProducer {

    private final PalommaEndpoint endpoint;
    private final PalommaConfiguration configuration;
    private final RequestLimits limits;

    public PalommaProducer(PalommaEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.limits = new RequestLimits(
                configuration.getMaxPayinAmount(), configuration.getMaxPayoutAmount(), configuration.isValidateBanks());
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        PalommaOperation operation = operation(in);
        PalommaResource resource = configuration.getResource();
        if (resource == PalommaResource.statusMessages) {
            in.setBody(statusMessages(operation, in));
            return;
        }
        ApiCall call =
                ApiCalls.find(resource, operation).orElseThrow(() -> PalommaEndpoint.unsupported(resource, operation));
        PalommaClient client = endpoint.getClient();
        Map<String, String> variables = variables(call, in);
        switch (operation) {
            case create -> {
                CreateBody body = call.createBody(in.getBody(), limits);
                answer(in, client.call(call, variables, null, body.json(), body.reference()));
            }
            case get -> answer(in, client.call(call, variables, null, null, null));
            case list -> {
                Page<?> page = (Page<?>) client.call(call, variables, query(call, in, true), null, null);
                in.setBody(page);
                if (page.hasMore()) {
                    in.setHeader(PalommaConstants.NEXT_CURSOR, page.cursor());
                } else {
                    in.removeHeader(PalommaConstants.NEXT_CURSOR);
                }
            }
            case listAll -> in.setBody(new PageIterator<>(client, call, variables, query(call, in, false)));
        }
        if (operation == PalommaOperation.create || in.getHeader(PalommaConstants.TRACK, false, Boolean.class)) {
            endpoint.getComponent().reconciliation().seen(resource, in.getBody());
        }
    }

    private PalommaOperation operation(Message in) {
        Object header = in.getHeader(PalommaConstants.OPERATION);
        if (header == null) {
            return configuration.getOperation();
        }
        PalommaOperation operation =
                header instanceof PalommaOperation op ? op : PalommaEndpoint.parseOperation(header.toString());
        if (!configuration.getResource().operations().contains(operation)) {
            throw PalommaEndpoint.unsupported(configuration.getResource(), operation);
        }
        return operation;
    }

    private Map<String, String> variables(ApiCall call, Message in) {
        if (!call.needsId() && !call.needsMerchantAccountId()) {
            return Map.of();
        }
        Map<String, String> variables = new HashMap<>(4);
        if (call.needsId()) {
            variables.put("id", text(in, PalommaConstants.ID, configuration.getId()));
        }
        if (call.needsMerchantAccountId()) {
            variables.put(
                    "merchantAccountId",
                    text(in, PalommaConstants.MERCHANT_ACCOUNT_ID, configuration.getMerchantAccountId()));
            variables.put("settlementsPath", configuration.getSettlementsPath().name());
        }
        return variables;
    }

    /** Paging and the filters this list documents; a filter header meant for another call is never sent. */
    private Map<String, String> query(ApiCall call, Message in, boolean withCursor) {
        Map<String, String> query = new LinkedHashMap<>(8);
        Object limit = in.getHeader(PalommaConstants.LIMIT);
        Integer size = limit != null ? parseLimit(limit) : configuration.getLimit();
        if (size != null && (size < 1 || size > 100)) {
            throw new PalommaValidationException(
                    "limit", size.toString(), "is out of range", "it must be from 1 to 100");
        }
        query.put("limit", size == null ? null : size.toString());
        query.put("cursor", text(in, PalommaConstants.CURSOR, configuration.getCursor()));
        if (call.filters().contains(ApiCall.REFERENCE)) {
            query.put(ApiCall.REFERENCE, text(in, PalommaConstants.REFERENCE, configuration.getReference()));
        }
        if (call.filters().contains(ApiCall.CUSTOMER_ID)) {
            query.put(ApiCall.CUSTOMER_ID, text(in, PalommaConstants.CUSTOMER_ID, configuration.getCustomerId()));
        }
        if (!withCursor && query.get("cursor") == null) {
            query.remove("cursor");
        }
        return query;
    }

    private static Integer parseLimit(Object limit) {
        try {
            return Integer.valueOf(limit.toString().trim());
        } catch (NumberFormatException e) {
            throw new PalommaValidationException(
                    "limit", "'" + limit + "'", "is not a whole number", "it must be from 1 to 100");
        }
    }

    private static String text(Message in, String header, String option) {
        Object value = in.getHeader(header);
        return value != null ? value.toString() : option;
    }

    private static void answer(Message in, Object resource) {
        in.setBody(resource);
        if (resource instanceof PalommaResourceObject object && object.status() != null) {
            in.setHeader(PalommaConstants.STATUS, object.status());
        }
    }

    private Object statusMessages(PalommaOperation operation, Message in) {
        if (operation == PalommaOperation.list) {
            return StatusMessage.CATALOGUE;
        }
        String code = text(in, PalommaConstants.ID, configuration.getId());
        if (code == null || code.isBlank()) {
            throw new PalommaValidationException(
                    "id",
                    null,
                    "is missing",
                    "statusMessages get needs the code in header CamelPalommaId or option id");
        }
        return StatusMessage.of(code)
                .orElseThrow(() -> new PalommaValidationException(
                        "id",
                        "'" + code + "'",
                        "is not a documented statusMessage",
                        "it must be one of " + String.join(", ", StatusMessage.codes())));
    }
}
