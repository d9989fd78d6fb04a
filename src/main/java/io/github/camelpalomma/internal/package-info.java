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
/**
 * Not API: helpers the component's packages share (the JSON configuration, timestamps, enum-named counters, the
 * readiness-check base). Public only because Java has no narrower visibility across packages; anything here may change
 * in any release. No public method or field outside this package takes or returns one of these types; the counters of
 * {@code webhook} and {@code reconcile} extend {@link io.github.camelpalomma.internal.Counters}.
 */
package io.github.camelpalomma.internal;
