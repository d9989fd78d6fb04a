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
package io.github.camelpalomma.samples.springboot;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** send-test-webhook.sh, as the README says to run it, against the running application. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "palomma.integrityKey=" + SendTestWebhookScriptTest.KEY)
class SendTestWebhookScriptTest {

    static final String KEY = "script-integrity-key";

    @LocalServerPort
    int port;

    @Autowired
    PaidOrders paidOrders;

    @BeforeAll
    static void tools() {
        for (String tool : new String[] {"bash", "openssl", "curl", "base64"}) {
            assumeTrue(onPath(tool), "needs " + tool);
        }
    }

    @Test
    void aDeliverySignedWithTheAppsKeyIsAcceptedAndMarksTheOrderPaid() throws Exception {
        assertThat(run(KEY, "order-script-1")).isEqualTo("200");
        assertThat(paidOrders.isPaid("order-script-1")).isTrue();
    }

    @Test
    void aDeliverySignedWithAnotherKeyIsRefused() throws Exception {
        assertThat(run("not-the-app's-key", "order-script-2")).isEqualTo("401");
        assertThat(paidOrders.isPaid("order-script-2")).isFalse();
    }

    private String run(String key, String reference) throws Exception {
        ProcessBuilder script = new ProcessBuilder(
                        "bash",
                        "send-test-webhook.sh",
                        "http://127.0.0.1:" + port + "/palomma/webhooks",
                        reference,
                        "approved")
                .redirectErrorStream(true);
        script.environment().put("PALOMMA_INTEGRITY_KEY", key);
        Process process = script.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, tool).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
