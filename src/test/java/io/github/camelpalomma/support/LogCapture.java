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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/** Captures every log line of every logger at TRACE while open, with stack traces, to check what was written. */
public final class LogCapture extends AbstractAppender implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Level previous;

    public LogCapture() {
        super("capture-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        start();
        LoggerConfig root = config.getRootLogger();
        previous = root.getLevel();
        root.addAppender(this, Level.TRACE, null);
        root.setLevel(Level.TRACE);
        config.getLoggers().values().forEach(l -> {
            if (l != root) {
                l.setLevel(Level.TRACE);
                if (!l.isAdditive()) {
                    // an additive logger's events reach the root's appender already: each line once
                    l.addAppender(this, Level.TRACE, null);
                }
            }
        });
        ctx.updateLoggers();
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder sb = new StringBuilder(event.getLevel().name())
                .append(' ')
                .append(event.getLoggerName())
                .append(' ')
                .append(event.getMessage().getFormattedMessage());
        Throwable t = event.getThrown();
        while (t != null) {
            sb.append(" | ").append(t);
            for (StackTraceElement e : t.getStackTrace()) {
                sb.append(' ').append(e);
            }
            t = t.getCause();
        }
        lines.add(sb.toString());
    }

    public List<String> lines() {
        return lines;
    }

    public String all() {
        return String.join("\n", lines);
    }

    /** The lines logged at DEBUG or above. */
    public String debugAndAbove() {
        return String.join(
                "\n", lines.stream().filter(l -> !l.startsWith("TRACE ")).toList());
    }

    @Override
    public void close() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        config.getLoggers().values().forEach(l -> l.removeAppender(getName()));
        config.getRootLogger().removeAppender(getName());
        config.getRootLogger().setLevel(previous);
        config.getLoggers().values().forEach(l -> {
            if (l != config.getRootLogger()) {
                l.setLevel(Level.DEBUG);
            }
        });
        ctx.updateLoggers();
        stop();
    }
}
