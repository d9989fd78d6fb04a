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

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The dashboard's page and the control actions behind its buttons, over real HTTP; who may use them; peso amounts. */
class DashboardControlTest {

    private final WebhookReceiver shop = new WebhookReceiver();
    private final PalommaSimulator sim =
            PalommaSimulator.builder().webhookUrl(shop.url()).build().start();
    private final SimHttp http = new SimHttp(sim);

    DashboardControlTest() throws Exception {}

    @AfterEach
    void stop() {
        sim.close();
        shop.close();
    }

    @Test
    void theRootUrlListsResourcesWithStatusAndPesoAmounts() {
        String customer = http.customer("dash");
        JsonNode link = http.link(customer, 150_000);
        SimHttp.Answer page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body())
                .contains("id=\"resource-" + customer + "\"")
                .contains("id=\"resource-" + link.get("id").asText())
                .contains("$150.000")
                .contains(">pending<")
                .contains("$10.000.000");
    }

    @Test
    void driveDeclinesWithTheChosenStatusMessageAndExpires() {
        String customer = http.customer("dash");
        String declined = http.link(customer, 20_000).get("id").asText();
        String expired = http.link(customer, 30_000).get("id").asText();

        JsonNode answer = http.post(
                        "/_simulator/drive/payinLinks/" + declined,
                        Map.of("outcome", "declined", "statusMessage", "NOT_ENOUGH_FUNDS"))
                .json();
        assertThat(answer.get("status").asText()).isEqualTo("cancelled");
        assertThat(answer.get("statusMessage").asText()).isEqualTo("NOT_ENOUGH_FUNDS");
        JsonNode gone = http.post("/_simulator/drive/payinLinks/" + expired, Map.of("outcome", "expired"))
                .json();
        assertThat(gone.get("statusMessage").asText()).isEqualTo("EXPIRED");

        SimHttp.Answer wrong = http.post("/_simulator/drive/payinLinks/" + expired, Map.of("outcome", "refunded"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("message").asText())
                .contains("outcome one of approved, declined, expired")
                .contains("'refunded'");
    }

    @Test
    void resendDeliversTheSameBytesAsTheNextAttempt() {
        String link = http.link(http.customer("dash"), 40_000).get("id").asText();
        http.post("/_simulator/drive/payinLinks/" + link, Map.of("outcome", "approved"));
        await().atMost(Duration.ofSeconds(10)).until(() -> shop.received.size() == 2);
        String webhookId = sim.control().deliveries().get(0).webhookId();

        assertThat(http.post("/_simulator/deliveries/" + webhookId + "/resend", Map.of())
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> shop.received.size() == 3);
        List<WebhookDelivery> attempts = sim.control().deliveries().stream()
                .filter(d -> d.webhookId().equals(webhookId))
                .toList();
        assertThat(attempts).extracting(WebhookDelivery::attempt).containsExactly(1, 2);
        assertThat(attempts).allSatisfy(d -> assertThat(d.succeeded()).isTrue());
        assertThat(shop.received.stream()
                        .filter(r -> r.body().contains(webhookId))
                        .map(WebhookReceiver.Received::signature)
                        .distinct())
                .hasSize(1);
        assertThat(http.post("/_simulator/deliveries/01NOSUCHWEBHOOK/resend", Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theDuplicateFaultDeliversEveryWebhookTwiceUntilSwitchedOff() {
        assertThat(http.post("/_simulator/webhookFaults", Map.of("duplicate", true))
                        .json()
                        .get("duplicate")
                        .asBoolean())
                .isTrue();
        String first = http.link(http.customer("dash"), 50_000).get("id").asText();
        sim.control().processPayinLink(first);
        await().atMost(Duration.ofSeconds(10)).until(() -> shop.received.size() == 2);
        assertThat(shop.received.get(0).body()).isEqualTo(shop.received.get(1).body());

        http.post("/_simulator/webhookFaults", Map.of("duplicate", false));
        assertThat(http.get("/_simulator/webhookFaults").json().get("duplicate").asBoolean())
                .isFalse();
        String second = http.link(http.customer("dash2"), 50_000).get("id").asText();
        sim.control().processPayinLink(second);
        await().atMost(Duration.ofSeconds(10)).until(() -> shop.received.size() == 3);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> shop.received.size() == 3);
    }

    @Test
    void controlActionsAreForThisMachineOnlyUnlessRemoteControlIsOn() throws Exception {
        Router router = new Router();
        router.add("POST", "/_simulator/reset", r -> SimResponse.json(Map.of("reset", true)));
        router.add("GET", "/_simulator/clock", r -> SimResponse.json(Map.of("now", "x")));
        InetAddress other = InetAddress.getByName("192.0.2.10");
        InetAddress loopback = InetAddress.getLoopbackAddress();
        Dispatcher guarded = new Dispatcher(router, new FaultInjector(), List.of("k"), false, new CallMeter());

        SimResponse refused = guarded.dispatch(request("POST", "/_simulator/reset", other));
        assertThat(refused.status).isEqualTo(403);
        assertThat(new String(refused.body, StandardCharsets.UTF_8))
                .contains("192.0.2.10")
                .contains("loopback")
                .contains("remoteControl(true)")
                .contains("--remote-control");
        assertThat(guarded.dispatch(request("POST", "/_simulator/reset", loopback)).status)
                .isEqualTo(200);
        assertThat(guarded.dispatch(request("GET", "/_simulator/clock", other)).status)
                .isEqualTo(200);

        Dispatcher open = new Dispatcher(router, new FaultInjector(), List.of("k"), true, new CallMeter());
        assertThat(open.dispatch(request("POST", "/_simulator/reset", other)).status)
                .isEqualTo(200);
    }

    @Test
    void pesosAreWrittenAsColombiansWriteThem() {
        assertThat(Pesos.format(0)).isEqualTo("$0");
        assertThat(Pesos.format(999)).isEqualTo("$999");
        assertThat(Pesos.format(1_000)).isEqualTo("$1.000");
        assertThat(Pesos.format(150_000)).isEqualTo("$150.000");
        assertThat(Pesos.format(10_000_000)).isEqualTo("$10.000.000");
        assertThat(Pesos.format(-1_500)).isEqualTo("-$1.500");
        assertThat(Pesos.format(Long.MIN_VALUE)).isEqualTo("-$9.223.372.036.854.775.808");
        long seed = 20261202L;
        Random random = new Random(seed);
        for (int i = 0; i < 10_000; i++) {
            long pesos = random.nextLong() >> random.nextInt(64);
            String written = Pesos.format(pesos);
            assertThat(written).as("seed %d, %d", seed, pesos).matches("-?\\$\\d{1,3}(\\.\\d{3})*");
            assertThat(Long.parseLong(written.replace("$", "").replace(".", "")))
                    .as("seed %d", seed)
                    .isEqualTo(pesos);
        }
    }

    private static SimRequest request(String method, String path, InetAddress from) {
        return new SimRequest(method, path, Map.of(), null, null, from);
    }
}
