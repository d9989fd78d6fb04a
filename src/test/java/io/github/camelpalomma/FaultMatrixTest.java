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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.api.ApiCall;
import io.github.camelpalomma.api.ApiCalls;
import io.github.camelpalomma.api.PalommaApiException;
import io.github.camelpalomma.model.Page;
import io.github.camelpalomma.model.PalommaOperation;
import io.github.camelpalomma.model.PalommaResource;
import io.github.camelpalomma.model.PalommaResourceObject;
import io.github.camelpalomma.simulator.Fault;
import io.github.camelpalomma.simulator.PalommaSimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every producer operation through each fault the simulator injects; records how each call ended, writes the matrix to
 * target/fault-matrix.md and checks that docs/reliability.md shows the same one (with -Dpalomma.docs.write=true it is
 * rewritten instead). Reads must all recover; creates must recover with exactly one resource per reference; a 401 must
 * fail at once as a typed, non-retryable error.
 */
class FaultMatrixTest extends CamelTestSupport {

    static final Path DOC = Path.of("docs/reliability.md");
    static final Path GENERATED = Path.of("target/fault-matrix.md");
    static final String REGENERATE = "mvn -q test -Dtest=FaultMatrixTest -Dpalomma.docs.write=true";
    static final String BEGIN = "<!-- fault-matrix:begin -->\n";
    static final String END = "<!-- fault-matrix:end -->";
    static final List<String> FAULTS =
            List.of("429", "500", "503", "latency > timeout", "reset before", "reset after", "malformed JSON", "401");

    /** 1.5 times the 300 ms response timeout: the create is still running when the client gives up on it. */
    static final Duration LATENCY = Duration.ofMillis(450);

    final PalommaSimulator palomma = PalommaSimulator.builder().build().start();
    final Map<String, String> ids = new HashMap<>();
    final Map<String, Map<String, String>> matrix = new LinkedHashMap<>();
    int references;
    int cells;

    private void fixtures() {
        String customer = create(
                "customers",
                "{\"name\":\"Ana\",\"documentType\":\"cc\",\"documentNumber\":\"1\","
                        + "\"email\":\"a@b.co\",\"phoneNumber\":\"3001234567\"}");
        ids.put("customers", customer);
        ids.put("payinLinks", create("payinLinks", linkBody(customer, null)));
        String source = create("payinSources", sourceBody(customer, null));
        palomma.control().authorizePayinSource(source);
        ids.put("payinSources", source);
        String request = create("payinRequests", "{\"payinSourceId\":\"" + source + "\",\"amount\":50000}");
        palomma.control().completePayinRequest(request, "approved");
        ids.put("payinRequests", request);
        String target = create("payoutTargets", targetBody(customer, null));
        palomma.control().activatePayoutTarget(target);
        ids.put("payoutTargets", target);
        ids.put("payoutRequests", create("payoutRequests", "{\"payoutTargetId\":\"" + target + "\",\"amount\":5000}"));
        ids.put("merchantAccounts", "default");
        ids.put(
                "payinSettlements",
                palomma.control().runSettlementCycle("default").get(0).id());
    }

    @AfterEach
    void stopSimulator() {
        palomma.close();
    }

    private String uri(ApiCall call, String apiKey) {
        return "palomma:" + call.resource() + "?operation=" + call.operation() + "&apiKey=" + apiKey + "&baseUrl="
                + palomma.baseUrl() + "&responseTimeout=300&retryDelay=20&maxRetries=3";
    }

    private String create(String resource, String body) {
        ApiCall call = ApiCalls.find(PalommaResource.valueOf(resource), PalommaOperation.create)
                .orElseThrow();
        // fixtures are made with the default timeout: only the matrix calls use the short one
        return template.requestBody(
                        uri(call, palomma.apiKey()).replace("&responseTimeout=300", ""),
                        body,
                        PalommaResourceObject.class)
                .id();
    }

    private static String linkBody(String customer, String reference) {
        return "{" + ref(reference) + "\"customerId\":\"" + customer + "\",\"redirectUrl\":\"https://x.example/r\","
                + "\"amount\":20000,\"type\":\"general\",\"availableTypes\":[\"pse\"]}";
    }

    private static String sourceBody(String customer, String reference) {
        return "{" + ref(reference) + "\"customerId\":\"" + customer + "\",\"redirectUrl\":\"https://x.example/r\","
                + "\"type\":\"bankAccount\",\"bankAccount\":{\"bank\":\"santander\",\"accountType\":\"savings\","
                + "\"accountNumber\":\"12345678\"}}";
    }

    private static String targetBody(String customer, String reference) {
        return "{" + ref(reference) + "\"customerId\":\"" + customer + "\",\"redirectUrl\":\"https://x.example/r\","
                + "\"type\":\"bankAccount\",\"bankAccount\":{\"bank\":\"bancolombia\",\"accountType\":\"checking\","
                + "\"accountNumber\":\"87654321\"}}";
    }

    private static String ref(String reference) {
        return reference == null ? "" : "\"reference\":\"" + reference + "\",";
    }

    private String body(ApiCall call, String reference) {
        String customer = ids.get("customers");
        return switch (call.resource()) {
            case customers ->
                "{" + ref(reference) + "\"name\":\"Ana\",\"documentType\":\"cc\",\"documentNumber\":\"1\","
                        + "\"email\":\"a@b.co\",\"phoneNumber\":\"3001234567\"}";
            case payinLinks -> linkBody(customer, reference);
            case payinSources -> sourceBody(customer, reference);
            case payinRequests ->
                "{" + ref(reference) + "\"payinSourceId\":\"" + ids.get("payinSources") + "\",\"amount\":50000}";
            case payoutTargets -> targetBody(customer, reference);
            case payoutRequests ->
                "{" + ref(reference) + "\"payoutTargetId\":\"" + ids.get("payoutTargets") + "\",\"amount\":5000}";
            default -> throw new IllegalArgumentException(call.toString());
        };
    }

    private String path(ApiCall call) {
        String path = "/v0"
                + call.path().replace("{merchantAccountId}", "default").replace("{settlementsPath}", "settlements");
        return path.replace("{id}", ids.get(call.resource().name()));
    }

    private Fault fault(String name, String path) {
        return switch (name) {
            case "429" -> Fault.tooManyRequests(path, 0, 1);
            case "500" -> Fault.status(path, 500, 1);
            case "503" -> Fault.status(path, 503, 1);
            case "latency > timeout" -> Fault.latency(path, LATENCY, 1);
            case "reset before" -> Fault.resetBefore(path, 1);
            case "reset after" -> Fault.resetAfter(path, 1);
            case "malformed JSON" -> Fault.malformedJson(path, 1);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Test
    void everyOperationThroughEveryFault() throws IOException {
        fixtures();
        List<String> unexpected = new ArrayList<>();
        for (ApiCall call : ApiCalls.ALL) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String name : FAULTS) {
                String outcome = run(call, name);
                row.put(name, outcome);
                boolean ok = outcome.startsWith("ok");
                if (name.equals("401") ? !outcome.equals("error 401, not retried") : !ok) {
                    unexpected.add(call + " / " + name + ": " + outcome);
                }
            }
            matrix.put(call.resource() + " " + call.operation(), row);
        }
        assertThat(unexpected).isEmpty();
        String table = table();
        Files.createDirectories(GENERATED.getParent());
        Files.writeString(GENERATED, table);
        String doc = Files.readString(DOC);
        int from = doc.indexOf(BEGIN) + BEGIN.length();
        int to = doc.indexOf(END);
        assertThat(from >= BEGIN.length() && to >= from)
                .as(DOC + " has the fault-matrix markers")
                .isTrue();
        if (Boolean.getBoolean("palomma.docs.write")) {
            doc = doc.substring(0, from) + table + doc.substring(to);
            Files.writeString(DOC, doc);
        }
        assertThat(doc.substring(from, to))
                .as("the fault matrix in " + DOC + " is stale (this run's is in " + GENERATED
                        + "); regenerate it with: " + REGENERATE)
                .isEqualTo(table);
    }

    private String run(ApiCall call, String faultName) {
        String path = path(call);
        String reference = call.isCreate() ? "fm-" + (++references) : null;
        String apiKey = palomma.apiKey();
        if (faultName.equals("401")) {
            apiKey = "wrong-key";
        } else {
            palomma.control().injectFault(fault(faultName, path).onMethod(call.method()));
        }
        // a fresh endpoint per cell (retryMaxDelay differs by a millisecond), so its client counts this call only
        PalommaEndpoint endpoint =
                context.getEndpoint(uri(call, apiKey) + "&retryMaxDelay=" + (5_000 + ++cells), PalommaEndpoint.class);
        Exchange exchange = template.request(endpoint, e -> {
            e.getMessage()
                    .setHeader(PalommaConstants.ID, ids.get(call.resource().name()));
            e.getMessage().setHeader(PalommaConstants.MERCHANT_ACCOUNT_ID, "default");
            if (call.isCreate()) {
                e.getMessage().setBody(body(call, reference));
            }
        });
        palomma.control().clearFaults();
        long calls = endpoint.getClient().calls();
        long resent = endpoint.getClient().retries();
        if (exchange.getException() instanceof PalommaApiException e) {
            return "error " + e.getHttpStatus() + (e.isRetryable() ? ", retryable" : ", not retried")
                    + (calls == 1 ? "" : " (" + calls + " requests)");
        }
        if (exchange.getException() != null) {
            return "untyped error " + exchange.getException();
        }
        if (!call.isCreate()) {
            return resent > 0 ? "ok, retried" : "ok, no retry needed";
        }
        if (faultName.startsWith("latency")) {
            // let the slow original land before counting, so that a second create could not hide behind it
            await().pollDelay(LATENCY).atMost(LATENCY.multipliedBy(3)).until(() -> true);
        }
        int withReference = countByReference(call, reference);
        if (withReference != 1) {
            return "DUPLICATED: " + withReference + " resources with one reference";
        }
        if (resent == 0) {
            return "ok, found by reference, not re-sent";
        }
        return calls == resent + 1 ? "ok, re-sent" : "ok, looked up, absent, re-sent";
    }

    private int countByReference(ApiCall create, String reference) {
        ApiCall list = ApiCalls.find(create.resource(), PalommaOperation.list).orElseThrow();
        Page<?> page = template.requestBodyAndHeader(
                uri(list, palomma.apiKey()).replace("&responseTimeout=300", ""),
                null,
                PalommaConstants.REFERENCE,
                reference,
                Page.class);
        return page.items().size();
    }

    private String table() {
        StringBuilder table = new StringBuilder("| operation | " + String.join(" | ", FAULTS) + " |\n|---|");
        FAULTS.forEach(f -> table.append("---|"));
        table.append('\n');
        matrix.forEach((op, row) -> table.append("| ")
                .append(op)
                .append(" | ")
                .append(String.join(" | ", row.values()))
                .append(" |\n"));
        return table.toString();
    }
}
