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

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import io.github.camelpalomma.support.Deliveries;
import io.github.camelpalomma.support.LogCapture;
import io.github.camelpalomma.support.RecordingPalomma;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit of both secrets, apiKey and integrityKey: absent from every log line at TRACE, from exception messages, from
 * the component JSON, and from toString() of every object of this component reachable from a running context.
 */
class SecretAuditTest {

    static final String API_KEY = "sk_AUDIT_api_7d1e";
    static final String INTEGRITY_KEY = "ik_AUDIT_integrity_93fa";

    @Test
    void neitherSecretIsPrintedAnywhere() throws Exception {
        List<String> printed = new ArrayList<>();
        try (RecordingPalomma palomma = new RecordingPalomma();
                LogCapture logs = new LogCapture();
                CamelContext context = new DefaultCamelContext()) {
            int port = Deliveries.addServer(context);
            PalommaComponent component = context.getComponent("palomma", PalommaComponent.class);
            component.getConfiguration().setApiKey(API_KEY);
            component.getConfiguration().setIntegrityKey("old-" + INTEGRITY_KEY + "," + INTEGRITY_KEY);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:get")
                            .to("palomma:payinLinks?operation=get&id=L1&maxRetries=1&retryDelay=5&baseUrl="
                                    + palomma.baseUrl());
                    from("palomma:webhooks").process(e -> {
                        throw new IllegalStateException(
                                "route failure for " + e.getMessage().getHeader("CamelPalommaWebhookId"));
                    });
                }
            });
            context.start();

            palomma.enqueue(RecordingPalomma.Answer.of(500, "{\"message\":\"boom\"}"));
            palomma.enqueue(RecordingPalomma.Answer.of(401, "{\"message\":\"bad key\"}"));
            Exchange failed = context.createProducerTemplate().request("direct:get", e -> {});
            printed.add(failed.getException().toString());
            Deliveries deliveries = new Deliveries("http://127.0.0.1:" + port + "/palomma/webhooks");
            String json = Deliveries.envelope("A1", "payin-link.update", RecordingPalomma.fixture("payinLinks"));
            assertThat(deliveries.signed(json, INTEGRITY_KEY).statusCode()).isEqualTo(500);
            assertThat(deliveries.signed(json, "forged").statusCode()).isEqualTo(401);

            printed.addAll(toStrings(component));
            context.getEndpoints().forEach(e -> printed.addAll(toStrings(e)));
            context.getRoutes().forEach(r -> printed.addAll(toStrings(r.getConsumer())));
            context.stop();

            assertThat(printed).hasSizeGreaterThan(10);
            assertThat(logs.lines()).hasSizeGreaterThan(100);
            for (String secret : List.of(API_KEY, INTEGRITY_KEY, "AUDIT")) {
                assertThat(logs.all()).as("logs at TRACE").doesNotContain(secret);
                assertThat(printed).allSatisfy(p -> assertThat(p).doesNotContain(secret));
            }
        }
        String json = new String(
                PalommaComponent.class
                        .getResourceAsStream("/META-INF/io/github/camelpalomma/palomma.json")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("AUDIT");
    }

    /** toString() of the object and of every object of this component reachable from it through fields. */
    private static List<String> toStrings(Object root) {
        List<String> out = new ArrayList<>();
        walk(root, new IdentityHashMap<>(), out, 0);
        return out;
    }

    private static void walk(Object o, Map<Object, Boolean> seen, List<String> out, int depth) {
        if (o == null || depth > 8 || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof Collection<?> c) {
            c.forEach(i -> walk(i, seen, out, depth + 1));
            return;
        }
        if (o instanceof Map<?, ?> m) {
            m.values().forEach(v -> walk(v, seen, out, depth + 1));
            return;
        }
        if (!o.getClass().getName().startsWith("io.github.camelpalomma")) {
            return;
        }
        out.add(o.getClass().getName() + ": " + o);
        for (Class<?> c = o.getClass();
                c != null && c.getName().startsWith("io.github.camelpalomma");
                c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    walk(f.get(o), seen, out, depth + 1);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // a field the module system hides: nothing of ours
                }
            }
        }
    }
}
