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

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import io.github.camelpalomma.support.Deliveries;
import io.github.camelpalomma.support.LogCapture;
import io.github.camelpalomma.support.RecordingPalomma;
import io.github.camelpalomma.webhook.RefusalLog;

import static org.assertj.core.api.Assertions.assertThat;

/** Refused deliveries tell a newcomer why, once, and cannot flood the log. */
class WebhookRefusalLogTest {

    private static final String KEY = "Kq7ZrX2vT-refusal";
    private static final String WRONG_KEY = "Wz4NpL8sD-wrong";

    @Test
    void theFirstRefusalOfEachKindIsAWarnWithItsReasonAndTheRestAreOnlyCounted() throws Exception {
        try (LogCapture logs = new LogCapture();
                CamelContext context = new DefaultCamelContext()) {
            Deliveries palomma = Deliveries.receiving(context, KEY);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("palomma:webhooks?maxBodySize=4096").log("${body}");
                }
            });
            context.start();
            String json = Deliveries.envelope("R1", "payin-link.update", RecordingPalomma.fixture("payinLinks"));
            for (int i = 0; i < 20; i++) {
                assertThat(palomma.signed(json, WRONG_KEY).statusCode()).isEqualTo(401);
                assertThat(palomma.post("x".repeat(5000), "e30=", "00").statusCode())
                        .isEqualTo(413);
            }
            assertThat(palomma.signed(json, KEY).statusCode()).isEqualTo(200);
            context.stop();

            List<String> lines = logs.lines();
            assertThat(lines)
                    .filteredOn(l -> l.startsWith("WARN")
                            && l.contains("refused with 401: signature does not match the configured integrityKey"))
                    .hasSize(1);
            assertThat(lines)
                    .filteredOn(l -> l.startsWith("WARN") && l.contains("refused with 413: larger than maxBodySize"))
                    .hasSize(1);
            assertThat(lines).filteredOn(l -> l.contains("refused")).hasSize(2);
            assertThat(lines).noneMatch(l -> l.startsWith("ERROR"));
            for (String secret : List.of(KEY, WRONG_KEY, KEY.substring(0, 6), WRONG_KEY.substring(0, 6))) {
                assertThat(lines).as("log lines at every level").noneMatch(l -> l.contains(secret));
            }
        }
    }

    @Test
    void laterRefusalsAreSummedUpWithCountsAtMostOncePerPeriod() {
        AtomicLong now = new AtomicLong(1_000_000);
        try (LogCapture logs = new LogCapture()) {
            RefusalLog refusals = new RefusalLog(LoggerFactory.getLogger("refusals"), "/hooks", 60_000, now::get);
            refusals.refused(401, "signature does not match the configured integrityKey");
            for (int i = 0; i < 700; i++) {
                now.addAndGet(100);
                refusals.refused(401, "signature does not match the configured integrityKey");
                refusals.refused(413, "larger than maxBodySize (1048576 bytes)");
            }
            List<String> warnings = logs.lines().stream()
                    .filter(l -> l.startsWith("WARN refusals"))
                    .toList();
            assertThat(warnings).hasSize(3);
            assertThat(warnings.get(0))
                    .contains("refused with 401: signature does not match the configured integrityKey");
            assertThat(warnings.get(1)).contains("refused with 413: larger than maxBodySize (1048576 bytes)");
            assertThat(warnings.get(2))
                    .contains("refused in the last 60 s")
                    .contains("401: signature does not match the configured integrityKey=600")
                    .contains("413: larger than maxBodySize (1048576 bytes)=598");
        }
    }
}
