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

/**
 * What is waiting to be resolved.
 *
 * @param tracked        resources not yet in a final status
 * @param oldestFirstSeen epoch millis when the oldest of them was first tracked; 0 when none is
 * @param earliestDue    epoch millis of the poll that is due first; 0 when none is
 */
public record Backlog(long tracked, long oldestFirstSeen, long earliestDue) {

    public static final Backlog EMPTY = new Backlog(0, 0, 0);
}
