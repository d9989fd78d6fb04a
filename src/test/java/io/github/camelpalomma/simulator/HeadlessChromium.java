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

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless chromium driven by Debian's chromedriver (no Selenium Manager download), with a throw-away profile
 * under target/. Tests skip themselves where the packages are not installed (.ci/run installs them).
 */
final class HeadlessChromium implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    final WebDriver browser;
    private final Path profile;

    private HeadlessChromium(WebDriver browser, Path profile) {
        this.browser = browser;
        this.profile = profile;
    }

    static boolean installed() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    /** Call from {@code @BeforeEach}: each test then reports itself skipped, with the reason (from {@code @BeforeAll}
     * the class would show as zero tests run). */
    static void assumeInstalled() {
        assumeTrue(
                installed(),
                "needs " + CHROMIUM + " and " + CHROMEDRIVER + " (Debian's chromium and chromium-driver packages)");
    }

    static HeadlessChromium start(String windowSize) throws IOException {
        assumeInstalled();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=" + windowSize,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    @Override
    public void close() throws IOException {
        browser.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
