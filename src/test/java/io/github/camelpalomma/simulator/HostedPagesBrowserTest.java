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

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's clicks on the hosted pages, in Debian's headless chromium driven by Debian's chromedriver (no Selenium
 * Manager download): pay a link by PSE, decline another, authorise a payin source, refuse a payout target.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostedPagesBrowserTest {

    private PalommaSimulator sim;
    private SimHttp http;
    private HeadlessChromium chromium;
    private WebDriver browser;

    @BeforeEach
    void needsTheBrowser() {
        HeadlessChromium.assumeInstalled();
    }

    @BeforeAll
    void start() throws Exception {
        if (!HeadlessChromium.installed()) {
            return;
        }
        chromium = HeadlessChromium.start("1280,900");
        browser = chromium.browser;
        sim = PalommaSimulator.builder().build().start();
        http = new SimHttp(sim);
    }

    @AfterAll
    void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void payALinkByPseAndApprove() {
        JsonNode link = http.link(http.customer("browser"), 75_000);
        browser.get(link.get("paymentUrl").asText());
        assertThat(browser.findElement(By.id("amount")).getText()).isEqualTo("$75.000");
        browser.findElement(By.id("method-pse")).click();
        browser.findElement(By.id("approve")).click();
        backAtTheMerchant();
        JsonNode after = http.get("/v0/payinLinks/" + link.get("id").asText()).json();
        assertThat(after.get("status").asText()).isEqualTo("approved");
        assertThat(after.get("amountCollected").asLong()).isEqualTo(75_000);
    }

    @Test
    void declineALinkWithAChosenStatusMessage() {
        JsonNode link = http.link(http.customer("browser"), 12_345);
        browser.get(link.get("paymentUrl").asText());
        new Select(browser.findElement(By.id("statusMessage"))).selectByValue("NOT_ENOUGH_FUNDS");
        browser.findElement(By.id("decline")).click();
        backAtTheMerchant();
        JsonNode after = http.get("/v0/payinLinks/" + link.get("id").asText()).json();
        assertThat(after.get("status").asText()).isEqualTo("cancelled");
        assertThat(after.get("statusMessage").asText()).isEqualTo("NOT_ENOUGH_FUNDS");
    }

    @Test
    void authorizeAPayinSource() {
        JsonNode source = http.source(http.customer("browser"), false, "browser-source");
        browser.get(source.get("authUrl").asText());
        browser.findElement(By.id("authorize")).click();
        backAtTheMerchant();
        assertThat(http.get("/v0/payinSources/" + source.get("id").asText())
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("active");
    }

    @Test
    void refuseAPayoutTarget() {
        JsonNode target = http.target(http.customer("browser"), "browser-target");
        browser.get(target.get("authUrl").asText());
        new Select(browser.findElement(By.id("statusMessage"))).selectByValue("DOCUMENT_ACCOUNT_MISMATCH");
        browser.findElement(By.id("refuse")).click();
        backAtTheMerchant();
        JsonNode after =
                http.get("/v0/payoutTargets/" + target.get("id").asText()).json();
        assertThat(after.get("status").asText()).isEqualTo("cancelled");
        assertThat(after.get("statusMessage").asText()).isEqualTo("DOCUMENT_ACCOUNT_MISMATCH");
    }

    private void backAtTheMerchant() {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("returned")));
        assertThat(browser.getCurrentUrl()).isEqualTo(sim.origin() + "/_simulator/return");
    }
}
