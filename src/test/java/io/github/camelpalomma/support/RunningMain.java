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

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.main.MainSupport;

/** A Camel Main (or KameletMain) application running on another thread, as `java -jar` would run it, until closed. */
public final class RunningMain implements AutoCloseable {

    private final MainSupport main;
    private final CompletableFuture<Void> running;

    private RunningMain(MainSupport main) {
        this.main = main;
        this.running = CompletableFuture.runAsync(() -> {
            try {
                main.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public static RunningMain start(MainSupport main) {
        return new RunningMain(main);
    }

    /** Whether run() returned: the application stopped, or never started. */
    public boolean ended() {
        return running.isDone();
    }

    @Override
    public void close() throws Exception {
        main.stop();
        running.get(30, TimeUnit.SECONDS);
    }
}
