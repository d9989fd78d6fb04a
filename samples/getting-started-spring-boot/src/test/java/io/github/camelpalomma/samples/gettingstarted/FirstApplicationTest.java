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
package io.github.camelpalomma.samples.gettingstarted;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The getting-started route on Spring Boot, with this project's application.properties as they are: on the embedded
 * simulator, the route creates a customer and a payin link, the simulator pays it and the signed webhook reaches the
 * second route through Spring Boot's own web server. Only the port and the payment delay are changed, for the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ExtendWith(OutputCaptureExtension.class)
class FirstApplicationTest {

    @DynamicPropertySource
    static void freePortAndQuickPayment(DynamicPropertyRegistry properties) throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            properties.add("server.port", () -> port);
        }
        properties.add("camel.component.palomma.simulatorAutoComplete", () -> "300ms");
    }

    @Test
    void theWebhookRouteLogsThePayment(CapturedOutput output) {
        await().atMost(Duration.ofSeconds(60)).until(() -> output.getOut().contains("Order order-"));

        assertThat(output.getOut())
                .containsPattern("Customer \\w+ created")
                .containsPattern(
                        "Payin link \\w+ for 150000 COP: pay at http://127\\.0\\.0\\.1:\\d+/hosted/payinLinks/\\w+")
                .containsPattern("Order order-\\d{14} paid: 150000 COP");
    }
}
