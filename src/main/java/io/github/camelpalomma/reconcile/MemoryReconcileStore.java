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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The default store: one node, in memory. Polls are kept ordered by due time, so finding the due ones costs the same
 * whether a hundred or a hundred thousand resources are tracked. Everything is forgotten on restart: what was tracked
 * must be seeded again, and a status delivered before the restart may be delivered once more. Use
 * {@link JdbcReconcileStore} where that matters.
 */
public final class MemoryReconcileStore implements ReconcileStore {

    private record Due(long at, String resource, String id) implements Comparable<Due> {
        @Override
        public int compareTo(Due o) {
            int c = Long.compare(at, o.at);
            if (c == 0) {
                c = resource.compareTo(o.resource);
            }
            return c == 0 ? id.compareTo(o.id) : c;
        }
    }

    private static final class Entry {
        final long firstSeen;
        String status;
        Due due;

        Entry(long firstSeen) {
            this.firstSeen = firstSeen;
        }
    }

    private final Map<String, Entry> tracked = new HashMap<>();
    private final TreeSet<Due> schedule = new TreeSet<>();
    private final Map<String, List<Emission>> emissions = new HashMap<>();

    private static String key(String resource, String id) {
        return resource + '/' + id;
    }

    @Override
    public synchronized void track(String resource, String id, String status, long now, long dueAt) {
        String key = key(resource, id);
        Entry known = tracked.get(key);
        if (known != null) {
            known.status = status;
        } else {
            Entry entry = new Entry(now);
            entry.status = status;
            entry.due = new Due(dueAt, resource, id);
            tracked.put(key, entry);
            schedule.add(entry.due);
        }
    }

    @Override
    public synchronized void untrack(String resource, String id) {
        Entry entry = tracked.remove(key(resource, id));
        if (entry != null && entry.due != null) {
            schedule.remove(entry.due);
        }
    }

    @Override
    public synchronized List<Tracked> lease(String resource, String node, int max, long now, long leaseUntil) {
        List<Tracked> leased = new ArrayList<>(Math.min(max, 64));
        Iterator<Due> it = schedule.iterator();
        while (it.hasNext() && leased.size() < max) {
            Due due = it.next();
            if (due.at > now) {
                break;
            }
            if (!due.resource.equals(resource)) {
                continue;
            }
            it.remove();
            Entry entry = tracked.get(key(due.resource, due.id));
            entry.due = null;
            leased.add(new Tracked(due.resource, due.id, entry.status, entry.firstSeen));
        }
        return leased;
    }

    @Override
    public synchronized void reschedule(String resource, String id, String status, long dueAt) {
        Entry entry = tracked.get(key(resource, id));
        if (entry != null) {
            entry.status = status;
            if (entry.due != null) {
                schedule.remove(entry.due);
            }
            entry.due = new Due(dueAt, resource, id);
            schedule.add(entry.due);
        }
    }

    @Override
    public synchronized Claim claim(
            String resource, String id, String status, String updatedAt, String node, long now, long claimTimeout) {
        List<Emission> before = emissions.computeIfAbsent(key(resource, id), k -> new ArrayList<>(2));
        Claim claim = Claim.decide(resource, status, updatedAt, before, now, claimTimeout);
        if (claim == Claim.CLAIMED) {
            before.removeIf(e -> e.status().equals(status));
            before.add(new Emission(status, updatedAt, false, node, now));
        }
        return claim;
    }

    @Override
    public synchronized void confirm(String resource, String id, String status) {
        List<Emission> before = emissions.get(key(resource, id));
        if (before != null) {
            before.replaceAll(e ->
                    e.status().equals(status) ? new Emission(status, e.updatedAt(), true, e.node(), e.claimedAt()) : e);
        }
    }

    @Override
    public synchronized void release(String resource, String id, String status) {
        List<Emission> before = emissions.get(key(resource, id));
        if (before != null) {
            before.removeIf(e -> e.status().equals(status) && !e.confirmed());
        }
    }

    @Override
    public int heartbeat(String node, long now, long timeout) {
        return 1;
    }

    @Override
    public synchronized int purge(long before) {
        int purged = 0;
        for (Iterator<Map.Entry<String, List<Emission>>> it =
                        emissions.entrySet().iterator();
                it.hasNext(); ) {
            Map.Entry<String, List<Emission>> e = it.next();
            boolean old = e.getValue().stream().allMatch(m -> m.confirmed() && m.claimedAt() < before);
            if (old && !tracked.containsKey(e.getKey())) {
                purged += e.getValue().size();
                it.remove();
            }
        }
        return purged;
    }

    @Override
    public synchronized Backlog backlog(String resource) {
        long count = 0;
        long oldest = 0;
        for (Map.Entry<String, Entry> e : tracked.entrySet()) {
            if (e.getKey().startsWith(resource + '/')) {
                count++;
                long seen = e.getValue().firstSeen;
                oldest = oldest == 0 ? seen : Math.min(oldest, seen);
            }
        }
        long due = 0;
        for (Due d : schedule) {
            if (d.resource.equals(resource)) {
                due = d.at;
                break;
            }
        }
        return new Backlog(count, oldest, due);
    }
}
