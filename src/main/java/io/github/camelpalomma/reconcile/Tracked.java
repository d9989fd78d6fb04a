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
 * A resource not yet in a final status, polled until it is.
 *
 * @param status    its status when last seen; a poll answering the same status has nothing to deliver
 * @param firstSeen epoch millis when it was first tracked; its age sets the delay between polls
 */
public record Tracked(String resource, String id, String status, long firstSeen) {}
