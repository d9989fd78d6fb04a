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

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A person's first look at the simulator, in headless chromium: pay a link on its checkout page, find its webhook
 * delivery on the dashboard at the simulator's root URL, resend it, and see the second attempt. Writes the screenshot
 * docs/simulator.md shows to target/dashboard.png.
 */
class DashboardBrowserTest {

    static final Path SCREENSHOT = Path.of("target", "dashboard.png");

    @Test
    void payOnTheCheckoutPageThenResendItsWebhookFromTheDashboard() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start("1400,900");
                WebhookReceiver shop = new WebhookReceiver();
                PalommaSimulator sim = PalommaSimulator.builder()
                        .webhookUrl(shop.url())
                        .build()
                        .start()) {
            WebDriver browser = chromium.browser;
            SimHttp http = new SimHttp(sim);
            String customer = http.customer("dashboard-customer");
            http.link(customer, 150_000);
            JsonNode link = http.link(customer, 75_000);
            String linkId = link.get("id").asText();

            browser.get(link.get("paymentUrl").asText());
            assertThat(browser.findElement(By.id("amount")).getText()).isEqualTo("$75.000");
            browser.findElement(By.id("method-pse")).click();
            browser.findElement(By.id("approve")).click();
            waitFor(browser, By.id("returned"));

            browser.get(sim.origin() + "/");
            assertThat(browser.findElement(By.id("status-" + linkId)).getText()).isEqualTo("approved");
            assertThat(browser.findElement(By.id("resource-" + linkId)).getText())
                    .contains("$75.000");
            String webhookId = webhookOf(sim, linkId);
            WebElement first = reloadUntilPresent(browser, By.id("delivery-" + webhookId + "-1"));
            assertThat(first.findElement(By.className("answer")).getText()).isEqualTo("200");
            assertThat(first.getText())
                    .contains("delivered")
                    .contains("payin-link.update")
                    .contains(linkId)
                    .containsPattern("\\d+ ms");

            browser.findElement(By.id("resend-" + webhookId)).click();
            WebElement second = reloadUntilPresent(browser, By.id("delivery-" + webhookId + "-2"));
            assertThat(second.findElement(By.className("answer")).getText()).isEqualTo("200");
            assertThat(second.getText()).contains("delivered");
            assertThat(shop.received.stream()
                            .filter(r -> r.body().contains(webhookId))
                            .map(WebhookReceiver.Received::body)
                            .distinct())
                    .as("the resend carried the same bytes")
                    .hasSize(1);

            Path shot =
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
            assertThat(Files.size(SCREENSHOT)).isPositive();
        }
    }

    /** One of the link's webhooks (processing, approved), once both were delivered. */
    private static String webhookOf(PalommaSimulator sim, String linkId) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> sim.control().deliveries().stream()
                                .filter(d -> d.resourceId().equals(linkId) && d.succeeded())
                                .count()
                        >= 2);
        return sim.control().deliveries().stream()
                .filter(d -> d.resourceId().equals(linkId))
                .findFirst()
                .orElseThrow()
                .webhookId();
    }

    private static WebElement reloadUntilPresent(WebDriver browser, By element) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .pollingEvery(Duration.ofMillis(300))
                .until(driver -> {
                    List<WebElement> found = driver.findElements(element);
                    if (found.isEmpty()) {
                        driver.navigate().refresh();
                        return null;
                    }
                    return found.get(0);
                });
    }

    private static void waitFor(WebDriver browser, By element) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(element));
    }
}
