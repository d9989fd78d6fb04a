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

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * Runs the demo (routes/) on Camel Main, after checking that the port it receives webhooks on is free. The HTTP server
 * only logs a port it cannot bind and the demo would then wait forever for webhooks; this stops it with a message
 * naming DEMO_PORT instead. Not part of the published jar.
 */
public final class DemoMain {

    private DemoMain() {}

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport configured) {
                String port = configured
                        .getCamelContext()
                        .getPropertiesComponent()
                        .resolveProperty("camel.server.port")
                        .orElse("8080");
                String problem = portProblem(Integer.parseInt(port.trim()));
                if (problem != null) {
                    throw new PortTakenException(problem);
                }
            }
        });
        main.run(args);
        if (main.getExitCode() != 0) {
            System.exit(main.getExitCode());
        }
    }

    /** Null when the port can be bound; otherwise what to do about it. */
    static String portProblem(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(port));
            return null;
        } catch (IOException e) {
            return "Port " + port + " is already in use, so the demo cannot receive Palomma's webhooks there. "
                    + "Stop the program that uses it, or run the demo on another port: DEMO_PORT=" + (port + 1)
                    + " mvn -q compile camel:run";
        }
    }

    /** Stops Camel Main before anything starts; its message is all a person needs. */
    static final class PortTakenException extends IllegalStateException {
        PortTakenException(String message) {
            super(message, null);
            setStackTrace(new StackTraceElement[0]);
        }
    }
}
