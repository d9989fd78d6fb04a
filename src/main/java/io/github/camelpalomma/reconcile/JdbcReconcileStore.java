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
package io.github.camelpalomma.reconcile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Reconciliation state in PostgreSQL (9.5 or later), shared by every node of a cluster. Nodes take due resources with
 * {@code FOR UPDATE SKIP LOCKED}, so two never poll the same one; a lease moves the resource's due time to the lease's
 * end, so the resources of a node that died become due again for the others after the lease timeout. Each claim runs in
 * one transaction under a lock on its resource id, so the webhook path and the poll path of any node see each other's
 * claims. The tables ({@link #DDL}, also in docs/reconciliation.md) are created at start unless
 * {@code createTables(false)}.
 */
public class JdbcReconcileStore extends ServiceSupport implements ReconcileStore {

    /** The schema, one statement per element. */
    public static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS palomma_reconcile_resource (resource VARCHAR(32) NOT NULL, id VARCHAR(64) NOT NULL, "
                    + "status VARCHAR(32), first_seen BIGINT NOT NULL, due_at BIGINT NOT NULL, lease_owner VARCHAR(100), "
                    + "PRIMARY KEY (resource, id))",
            "CREATE INDEX IF NOT EXISTS palomma_reconcile_resource_due ON palomma_reconcile_resource (resource, due_at)",
            "CREATE TABLE IF NOT EXISTS palomma_reconcile_emission (resource VARCHAR(32) NOT NULL, id VARCHAR(64) NOT NULL, "
                    + "status VARCHAR(32) NOT NULL, updated_at VARCHAR(40), confirmed BOOLEAN NOT NULL, node VARCHAR(100) NOT NULL, "
                    + "claimed_at BIGINT NOT NULL, PRIMARY KEY (resource, id, status))",
            "CREATE TABLE IF NOT EXISTS palomma_reconcile_node (node VARCHAR(100) PRIMARY KEY, seen_at BIGINT NOT NULL)");

    private static final String LEASE = "UPDATE palomma_reconcile_resource r SET lease_owner = ?, due_at = ? FROM "
            + "(SELECT resource, id FROM palomma_reconcile_resource WHERE resource = ? AND due_at <= ? ORDER BY due_at "
            + "LIMIT ? FOR UPDATE SKIP LOCKED) d WHERE r.resource = d.resource AND r.id = d.id "
            + "RETURNING r.resource, r.id, r.status, r.first_seen";

    private final DataSource dataSource;
    private boolean createTables = true;

    public JdbcReconcileStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the tables are created at start when missing (default true). */
    public JdbcReconcileStore createTables(boolean create) {
        this.createTables = create;
        return this;
    }

    @Override
    protected void doStart() throws Exception {
        if (createTables) {
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                for (String ddl : DDL) {
                    s.execute(ddl);
                }
            }
        }
    }

    @Override
    public void track(String resource, String id, String status, long now, long dueAt) {
        update(
                "INSERT INTO palomma_reconcile_resource (resource, id, status, first_seen, due_at) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (resource, id) DO UPDATE SET status = EXCLUDED.status",
                resource,
                id,
                status,
                now,
                dueAt);
    }

    @Override
    public void untrack(String resource, String id) {
        update("DELETE FROM palomma_reconcile_resource WHERE resource = ? AND id = ?", resource, id);
    }

    @Override
    public List<Tracked> lease(String resource, String node, int max, long now, long leaseUntil) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(LEASE)) {
            bind(s, node, leaseUntil, resource, now, max);
            List<Tracked> leased = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    leased.add(new Tracked(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
                }
            }
            return leased;
        } catch (SQLException e) {
            throw failed("lease due resources", e);
        }
    }

    @Override
    public void reschedule(String resource, String id, String status, long dueAt) {
        update(
                "UPDATE palomma_reconcile_resource SET status = ?, due_at = ?, lease_owner = NULL WHERE resource = ? AND id = ?",
                status,
                dueAt,
                resource,
                id);
    }

    @Override
    public Claim claim(
            String resource, String id, String status, String updatedAt, String node, long now, long claimTimeout) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Claim claim = claim(c, resource, id, status, updatedAt, node, now, claimTimeout);
                c.commit();
                return claim;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed("claim " + resource + " " + id + " " + status, e);
        }
    }

    private static Claim claim(
            Connection c,
            String resource,
            String id,
            String status,
            String updatedAt,
            String node,
            long now,
            long claimTimeout)
            throws SQLException {
        // one claim at a time per resource id, whichever node or path it comes from
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, resource + '/' + id);
            lock.execute();
        }
        List<Emission> before = new ArrayList<>(2);
        try (PreparedStatement s = c.prepareStatement("SELECT status, updated_at, confirmed, node, claimed_at FROM "
                + "palomma_reconcile_emission WHERE resource = ? AND id = ?")) {
            bind(s, resource, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    before.add(new Emission(
                            rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getLong(5)));
                }
            }
        }
        Claim claim = Claim.decide(resource, status, updatedAt, before, now, claimTimeout);
        if (claim == Claim.CLAIMED) {
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO palomma_reconcile_emission (resource, id, status, "
                            + "updated_at, confirmed, node, claimed_at) VALUES (?, ?, ?, ?, FALSE, ?, ?) ON CONFLICT (resource, id, "
                            + "status) DO UPDATE SET node = EXCLUDED.node, claimed_at = EXCLUDED.claimed_at")) {
                bind(s, resource, id, status, updatedAt, node, now);
                s.executeUpdate();
            }
        }
        return claim;
    }

    @Override
    public void confirm(String resource, String id, String status) {
        update(
                "UPDATE palomma_reconcile_emission SET confirmed = TRUE WHERE resource = ? AND id = ? AND status = ?",
                resource,
                id,
                status);
    }

    @Override
    public void release(String resource, String id, String status) {
        update(
                "DELETE FROM palomma_reconcile_emission WHERE resource = ? AND id = ? AND status = ? AND NOT confirmed",
                resource,
                id,
                status);
    }

    @Override
    public int heartbeat(String node, long now, long timeout) {
        update(
                "INSERT INTO palomma_reconcile_node (node, seen_at) VALUES (?, ?) ON CONFLICT (node) DO UPDATE SET "
                        + "seen_at = EXCLUDED.seen_at",
                node,
                now);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT count(*) FROM palomma_reconcile_node WHERE seen_at > ?")) {
            bind(s, now - timeout);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return Math.max(1, rs.getInt(1));
            }
        } catch (SQLException e) {
            throw failed("count live nodes", e);
        }
    }

    @Override
    public int purge(long before) {
        return update(
                "DELETE FROM palomma_reconcile_emission e WHERE confirmed AND claimed_at < ? AND NOT EXISTS "
                        + "(SELECT 1 FROM palomma_reconcile_resource r WHERE r.resource = e.resource AND r.id = e.id)",
                before);
    }

    @Override
    public Backlog backlog(String resource) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT count(*), coalesce(min(first_seen), 0), coalesce(min(due_at), 0) FROM palomma_reconcile_resource "
                                + "WHERE resource = ?")) {
            bind(s, resource);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Backlog(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        } catch (SQLException e) {
            throw failed("read the backlog", e);
        }
    }

    private int update(String sql, Object... values) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw failed(
                    sql.substring(0, sql.indexOf(' ')).toLowerCase(java.util.Locale.ROOT) + " reconciliation state", e);
        }
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }

    private static RuntimeCamelException failed(String what, SQLException e) {
        return new RuntimeCamelException("Could not " + what + " in the reconciliation store: " + e.getMessage(), e);
    }
}
