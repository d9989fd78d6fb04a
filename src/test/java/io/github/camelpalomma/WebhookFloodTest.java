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

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.camelpalomma.support.Deliveries;
import io.github.camelpalomma.support.RecordingPalomma;
import io.github.camelpalomma.support.StreamingPost;
import io.github.camelpalomma.support.WebhookReceiverMain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Unauthenticated bodies far above maxBodySize, sent to a receiver with a small heap in a JVM of its own: one 300 MiB
 * chunked POST and 40 concurrent 9 MiB POSTs (half with Content-Length, half chunked). None may be buffered, none may
 * cost an ERROR line, and a valid delivery sent meanwhile is processed at once.
 */
class WebhookFloodTest {

    private static final String KEY = "flood-test-integrity-key";
    private static final long MIB = 1024 * 1024;

    @ParameterizedTest
    @ValueSource(strings = {"", "&webhookEventLoop=true"})
    void aFloodOfLargeBodiesNeitherExhaustsTheHeapNorDelaysAValidDelivery(String mode) throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        Path output = Files.createDirectories(Path.of("target", "flood"))
                .resolve((mode.isEmpty() ? "platform-http" : "event-loop") + ".log");
        Process child = startReceiver(port, mode, output);
        ExecutorService senders = Executors.newFixedThreadPool(41);
        try {
            await().atMost(60, TimeUnit.SECONDS)
                    .until(() -> Files.readString(output).contains("READY"));
            String path = "/palomma/webhooks";
            Deliveries palomma = new Deliveries("http://127.0.0.1:" + port + path);
            String link = RecordingPalomma.fixture("payinLinks");
            // a receiver in service is warm: the first delivery loads what every later one uses
            assertThat(palomma.signed(Deliveries.envelope("WARM-1", "payin-link.update", link), KEY)
                            .statusCode())
                    .isEqualTo(200);
            CountDownLatch started = new CountDownLatch(41);
            List<CompletableFuture<StreamingPost.Outcome>> flood = new ArrayList<>();
            flood.add(CompletableFuture.supplyAsync(
                    () -> StreamingPost.send(port, path, 300 * MIB, true, started), senders));
            for (int i = 0; i < 40; i++) {
                boolean chunked = i % 2 == 1;
                flood.add(CompletableFuture.supplyAsync(
                        () -> StreamingPost.send(port, path, 9 * MIB, chunked, started), senders));
            }
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

            String json = Deliveries.envelope("VALID-1", "payin-link.update", link);
            long begin = System.nanoTime();
            HttpResponse<String> valid = palomma.signed(json, KEY);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);

            List<StreamingPost.Outcome> outcomes = new ArrayList<>();
            for (CompletableFuture<StreamingPost.Outcome> f : flood) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(valid.statusCode()).isEqualTo(200);
            assertThat(millis).as("the valid delivery's answer time, ms").isLessThan(1000);
            assertThat(outcomes)
                    .as("every oversized POST is refused or cut off, none waits")
                    .allSatisfy(o -> {
                        assertThat(o.timedOut()).isFalse();
                        assertThat(o.status()).isIn(413, -1);
                    });
            assertThat(outcomes.get(0).bytesWritten())
                    .as("bytes of the 300 MiB chunked body sent before the connection was cut off")
                    .isLessThan(64 * MIB);
            assertThat(child.isAlive()).isTrue();
            String log = Files.readString(output);
            assertThat(log).contains("PROCESSED VALID-1");
            assertThat(log).doesNotContain("OutOfMemoryError");
            assertThat(log.lines().filter(l -> l.startsWith("ERROR")))
                    .as("ERROR lines")
                    .isEmpty();
            assertThat(log.lines().filter(l -> l.contains("refused with 413")))
                    .as("the first 413 at WARN, the next ones only counted")
                    .hasSize(1);
        } finally {
            senders.shutdownNow();
            child.destroy();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Process startReceiver(int port, String mode, Path output) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String logConfig = new File("src/test/resources/flood/log4j2-console.xml").getAbsolutePath();
        return new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-Dlog4j2.configurationFile=" + logConfig,
                        "-cp",
                        System.getProperty("java.class.path"),
                        WebhookReceiverMain.class.getName(),
                        String.valueOf(port),
                        KEY,
                        mode)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
    }
}
