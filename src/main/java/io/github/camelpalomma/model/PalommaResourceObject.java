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
package io.github.camelpalomma.model;

/** What every Palomma resource object has: an id and, for those with one, its last change. */
public interface PalommaResourceObject {

    String id();

    /** ISO-8601 time of the last change, as Palomma sent it; null where the resource has none. */
    default String updatedAt() {
        return null;
    }

    /** The status, for resources that have one; null otherwise. */
    default String status() {
        return null;
    }
}
