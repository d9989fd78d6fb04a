package io.github.camelpalomma.samples.springboot;

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

import io.github.camelpalomma.simulator.PalommaSimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * docs/getting-started.md on Spring Boot: the page's first.camel.yaml, with the page's Spring Boot properties and
 * dependencies, runs on the embedded simulator until the webhook route logs the payment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "camel.springboot.routes-include-pattern=file:../../docs/getting-started/first.camel.yaml",
        "camel.component.palomma.environment=auto",
        "camel.component.palomma.apiKey=${PALOMMA_API_KEY:}",
        "camel.component.palomma.integrityKey=${PALOMMA_INTEGRITY_KEY:}",
        "camel.component.palomma.simulatorAutoComplete=300ms",
        "camel.component.palomma.simulatorWebhookUrl=http://127.0.0.1:${server.port}/palomma/webhooks",
        // this sample's own webhook route checks the same key the simulator signs with
        "palomma.integrityKey=" + PalommaSimulator.DEFAULT_INTEGRITY_KEY })
@ExtendWith(OutputCaptureExtension.class)
class GettingStartedOnSpringBootTest {

    @DynamicPropertySource
    static void freePort(DynamicPropertyRegistry registry) throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            int port = probe.getLocalPort();
            registry.add("server.port", () -> port);
        }
    }

    @Test
    void theFirstRouteCreatesALinkAndLogsItsPayment(CapturedOutput output) {
        await().atMost(Duration.ofSeconds(30)).until(() -> output.getOut().contains(" paid: 150000 COP"));
        assertThat(output.getOut()).containsPattern("Customer \\w+ created")
                .containsPattern("Payin link \\w+ for 150000 COP: pay at http://127\\.0\\.0\\.1:\\d+/hosted/payinLinks/\\w+")
                .containsPattern("Order order-\\d{14} paid: 150000 COP");
    }
}
