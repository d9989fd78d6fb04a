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
package io.github.camelpalomma.demo;

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

/** The messages a route's log steps write (Camel names their logger after the route id), while open. */
final class RouteLog extends AbstractAppender implements AutoCloseable {

    private final String routeId;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private RouteLog(String routeId) {
        super("route-log-" + routeId, null, null, true, Property.EMPTY_ARRAY);
        this.routeId = routeId;
    }

    /** Every message logged at INFO or above, whatever the logger (Camel JBang names a log step by its source line). */
    static RouteLog all() {
        RouteLog log = new RouteLog("");
        log.start();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().getRootLogger().addAppender(log, Level.INFO, null);
        context.updateLoggers();
        return log;
    }

    static RouteLog of(String routeId) {
        RouteLog log = new RouteLog(routeId);
        log.start();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        LoggerConfig logger = new LoggerConfig(routeId, Level.INFO, true);
        logger.addAppender(log, Level.INFO, null);
        config.addLogger(routeId, logger);
        context.updateLoggers();
        return log;
    }

    @Override
    public void append(LogEvent event) {
        lines.add(event.getMessage().getFormattedMessage());
    }

    List<String> lines() {
        return lines;
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        if (routeId.isEmpty()) {
            context.getConfiguration().getRootLogger().removeAppender(getName());
        } else {
            context.getConfiguration().removeLogger(routeId);
        }
        context.updateLoggers();
        stop();
    }
}
