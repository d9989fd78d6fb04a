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

/** What a producer does with its resource. */
public enum PalommaOperation {
    /** POST a new resource; the body is a typed request, a Map or a JSON string. */
    create,
    /** GET one resource by id (header CamelPalommaId or option id). */
    get,
    /** GET one page; the next cursor is set in header CamelPalommaNextCursor. */
    list,
    /** A lazy iterator over every item of every page; the next page is fetched only once the current one is consumed. */
    listAll
}
