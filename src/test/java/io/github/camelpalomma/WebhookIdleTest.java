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

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.camelpalomma.support.Deliveries;

import static org.assertj.core.api.Assertions.assertThat;

/** Connections that send nothing, or stop sending mid-body, are closed after idleTimeout, in both modes. */
class WebhookIdleTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "&webhookEventLoop=true"})
    void silentAndStalledConnectionsAreClosedAfterTheIdleTimeout(String mode) throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        try (CamelContext context = new DefaultCamelContext()) {
            Deliveries.addServer(context, port);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("palomma:webhooks?integrityKey=idle-key&idleTimeout=1s" + mode)
                            .log("${body}");
                }
            });
            context.start();

            try (Socket silent = connect(port)) {
                long begin = System.nanoTime();
                assertThat(silent.getInputStream().read()).as("end of stream").isEqualTo(-1);
                assertThat(Duration.ofNanos(System.nanoTime() - begin))
                        .as("a connection that sends nothing")
                        .isBetween(Duration.ofMillis(900), Duration.ofSeconds(4));
            }

            try (Socket stalled = connect(port)) {
                OutputStream out = stalled.getOutputStream();
                out.write(
                        ("POST /palomma/webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n0123456789")
                                .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                long begin = System.nanoTime();
                String answer = readAll(stalled.getInputStream());
                // 408 when the body deadline comes first, nothing when the server's idle timeout does
                assertThat(answer).satisfiesAnyOf(a -> assertThat(a).startsWith("HTTP/1.1 408"), a -> assertThat(a)
                        .isEmpty());
                assertThat(Duration.ofNanos(System.nanoTime() - begin))
                        .as("a body that stops half way")
                        .isBetween(Duration.ofMillis(900), Duration.ofSeconds(4));
            }
        }
    }

    private static Socket connect(int port) throws Exception {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Everything the server sends until it closes the connection. */
    private static String readAll(InputStream in) throws Exception {
        return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
}
