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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small real-HTTP client for the simulator tests. */
final class SimHttp {

    static final ObjectMapper MAPPER = new ObjectMapper();

    record Answer(int status, JsonNode json, String body, HttpResponse<String> raw) {}

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PalommaSimulator sim;
    private final String apiKey;

    SimHttp(PalommaSimulator sim) {
        this(sim, "sim_api_key");
    }

    SimHttp(PalommaSimulator sim, String apiKey) {
        this.sim = sim;
        this.apiKey = apiKey;
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Answer post(String path, Object body) {
        String json;
        try {
            json = body instanceof String s ? s : MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /** Path starting with /v0 or /_simulator or /hosted. */
    private URI uri(String path) {
        return URI.create(sim.origin() + path);
    }

    private Answer send(HttpRequest.Builder builder) {
        if (apiKey != null) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        try {
            HttpResponse<String> response =
                    client.send(builder.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            try {
                json = MAPPER.readTree(response.body());
            } catch (IOException notJson) {
                // malformed on purpose, or HTML
            }
            return new Answer(response.statusCode(), json, response.body(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- fixtures

    String customer(String reference) {
        return post(
                        "/v0/customers",
                        Map.of(
                                "reference",
                                reference,
                                "name",
                                "Pepito Perez",
                                "documentType",
                                "cc",
                                "documentNumber",
                                "1037551022",
                                "email",
                                "pepito@example.com",
                                "phoneNumber",
                                "3013111111"))
                .json()
                .get("id")
                .asText();
    }

    JsonNode link(String customerId, long amount) {
        return post(
                        "/v0/payinLinks",
                        Map.of(
                                "customerId",
                                customerId,
                                "redirectUrl",
                                sim.origin() + "/_simulator/return",
                                "amount",
                                amount,
                                "type",
                                "general",
                                "availableTypes",
                                java.util.List.of("pse", "card"),
                                "reference",
                                "order-" + amount))
                .json();
    }

    JsonNode source(String customerId, boolean partial, String reference) {
        return post(
                        "/v0/payinSources",
                        Map.of(
                                "customerId",
                                customerId,
                                "redirectUrl",
                                sim.origin() + "/_simulator/return",
                                "type",
                                "bankAccount",
                                "partialPayinsEnabled",
                                partial,
                                "reference",
                                reference,
                                "bankAccount",
                                Map.of(
                                        "bank",
                                        "bancolombia",
                                        "accountType",
                                        "savings",
                                        "accountNumber",
                                        "12345678901")))
                .json();
    }

    JsonNode target(String customerId, String reference) {
        return post(
                        "/v0/payoutTargets",
                        Map.of(
                                "customerId",
                                customerId,
                                "redirectUrl",
                                sim.origin() + "/_simulator/return",
                                "type",
                                "bankAccount",
                                "reference",
                                reference,
                                "bankAccount",
                                Map.of("bank", "santander", "accountType", "checking", "accountNumber", "987654321")))
                .json();
    }
}
