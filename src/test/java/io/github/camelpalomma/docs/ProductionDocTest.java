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
package io.github.camelpalomma.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.main.Main;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

import io.github.camelpalomma.support.Deliveries;
import io.github.camelpalomma.support.RecordingPalomma;
import io.github.camelpalomma.support.RunningMain;
import io.github.camelpalomma.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * docs/production.md's shared dedupe, as written there: its DDL on a real PostgreSQL, then its YAML beans and route, and
 * its application.properties beans, each on Camel Main. A delivery and its redelivery are both answered 200, and the
 * webhookId is in the table once.
 */
class ProductionDocTest {

    static final String KEY = "production-doc-key";
    static final Path WORK = Path.of("target", "production-doc");

    @Test
    void theYamlBeansDedupeInPostgres() throws Exception {
        Path routes = Files.createDirectories(WORK).resolve("dedupe.camel.yaml");
        Files.writeString(routes, block("yaml", "webhookIds"));
        Main main = new Main();
        main.configure().withRoutesIncludePattern("file:" + routes);
        dedupesInPostgres(main, "01PRODYAML0000000000000000");
    }

    @Test
    void theApplicationPropertiesBeansDedupeInPostgres() throws Exception {
        Files.createDirectories(WORK);
        Path properties = WORK.resolve("application.properties");
        Files.writeString(properties, block("properties", "camel.beans.webhookIds"));
        Path routes = WORK.resolve("plain.camel.yaml");
        Files.writeString(
                routes,
                """
                - route:
                    from:
                      uri: palomma:payinLinks
                      steps:
                        - log: "${body.resourceId}"
                """);
        Main main = new Main();
        main.setPropertyPlaceholderLocations("file:" + properties);
        main.configure().withRoutesIncludePattern("file:" + routes);
        dedupesInPostgres(main, "01PRODPROPS000000000000000");
    }

    private static void dedupesInPostgres(Main main, String webhookId) throws Exception {
        try (HikariDataSource db = TestPostgres.newDatabase()) {
            try (Connection c = db.getConnection();
                    Statement s = c.createStatement()) {
                s.execute(block("sql", "CREATE TABLE"));
            }
            int port = AvailablePortFinder.getNextAvailable();
            main.addOverrideProperty("camel.server.enabled", "true");
            main.addOverrideProperty("camel.server.port", Integer.toString(port));
            main.addOverrideProperty("camel.component.palomma.integrityKey", KEY);
            main.addOverrideProperty("payments.db.url", db.getJdbcUrl());
            main.addOverrideProperty("payments.db.user", db.getUsername());
            main.addOverrideProperty("payments.db.password", "");
            try (RunningMain running = RunningMain.start(main)) {
                await().atMost(30, TimeUnit.SECONDS).until(() -> running.ended() || main.isStarted());
                assertThat(running.ended()).isFalse();
                Deliveries palomma = new Deliveries("http://127.0.0.1:" + port + "/palomma/webhooks");
                String json =
                        Deliveries.envelope(webhookId, "payin-link.update", RecordingPalomma.fixture("payinLinks"));
                await().atMost(10, TimeUnit.SECONDS)
                        .until(() -> palomma.signed(json, KEY).statusCode() == 200);
                assertThat(palomma.signed(json, KEY).statusCode())
                        .as("the redelivery")
                        .isEqualTo(200);
                assertThat(rows(db)).containsExactly("palomma-webhooks " + webhookId);
            }
        }
    }

    private static List<String> rows(HikariDataSource db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT processorName, messageId FROM CAMEL_MESSAGEPROCESSED")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2));
            }
        }
        return rows;
    }

    /** The first fenced block of this language in docs/production.md that contains the marker. */
    static String block(String language, String marker) throws Exception {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("docs", "production.md")));
        while (m.find()) {
            if (m.group(1).contains(marker)) {
                return m.group(1);
            }
        }
        throw new AssertionError("docs/production.md has no " + language + " block with " + marker);
    }
}
