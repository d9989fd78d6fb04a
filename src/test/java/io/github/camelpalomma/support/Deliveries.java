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
package io.github.camelpalomma.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.test.AvailablePortFinder;

import io.github.camelpalomma.webhook.WebhookSignature;

/** Sends webhook deliveries as Palomma does, over real HTTP, to Camel's platform-http server. */
public final class Deliveries {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String url;

    public Deliveries(String url) {
        this.url = url;
    }

    /** Adds a Vert.x platform-http server on a free port to the context; returns the port. */
    public static int addServer(CamelContext context) {
        int port = AvailablePortFinder.getNextAvailable();
        addServer(context, port);
        return port;
    }

    /** Adds a Vert.x platform-http server on the given port to the context. */
    public static void addServer(CamelContext context, int port) {
        VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
        conf.setBindHost("127.0.0.1");
        conf.setBindPort(port);
        try {
            context.addService(new VertxPlatformHttpServer(conf));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The timestamp {@link #envelope} writes: when this test JVM started, well inside any replay window. */
    public static final String TIMESTAMP = java.time.Instant.now()
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            .toString();

    /**
     * A platform-http server on a free port for the context, the component's integrity key set, and a sender to the
     * default webhook path.
     */
    public static Deliveries receiving(CamelContext context, String integrityKey) {
        int port = addServer(context);
        context.getComponent("palomma", io.github.camelpalomma.PalommaComponent.class)
                .getConfiguration()
                .setIntegrityKey(integrityKey);
        return new Deliveries("http://127.0.0.1:" + port + "/palomma/webhooks");
    }

    /**
     * A cluster node: a new CamelContext named {@code name} receiving webhooks on a free port, with Camel's JDBC
     * IdempotentRepository on {@code database} bound as {@code webhookIds}. The caller adds its routes and starts it.
     */
    public static Deliveries jdbcNode(CamelContext context, String name, DataSource database, String integrityKey) {
        context.getCamelContextExtension().setName(name);
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(database, "palomma-webhooks");
        repository.setCreateTableIfNotExists(false);
        context.getRegistry().bind("webhookIds", repository);
        return receiving(context, integrityKey);
    }

    /** The compact envelope Palomma sends. */
    public static String envelope(String webhookId, String eventType, String eventJson) {
        return envelope(webhookId, TIMESTAMP, eventType, eventJson);
    }

    /** The envelope with a timestamp of the test's choosing. */
    public static String envelope(String webhookId, String timestamp, String eventType, String eventJson) {
        return "{\"webhookId\":\"" + webhookId + "\",\"timestamp\":\"" + timestamp + "\",\"eventType\":\"" + eventType
                + "\",\"event\":" + eventJson + "}";
    }

    public HttpResponse<String> signed(String json, String integrityKey) {
        String encoded = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        return post(json, encoded, WebhookSignature.sign(integrityKey, encoded));
    }

    public HttpResponse<String> post(String body, String encodedData, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (encodedData != null) {
            request.header("X-Encoded-Data", encodedData);
        }
        if (signature != null) {
            request.header("X-Signature", signature);
        }
        return send(request.build());
    }

    public HttpResponse<String> get() {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
