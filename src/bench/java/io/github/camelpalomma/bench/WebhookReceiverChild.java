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
package io.github.camelpalomma.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Child JVM of scenario B: starts one receiver, prints READY, then obeys the parent on stdin: MARK (measured phase
 * starts), MEASURED (it ended), STOP (print counters and the measured phase's CPU and allocation, exit).
 * Arguments: receiver port integrityKey
 */
public final class WebhookReceiverChild {

    private WebhookReceiverChild() {}

    public static void main(String[] args) throws Exception {
        String name = args[0];
        int port = Integer.parseInt(args[1]);
        WebhookCounters counters = new WebhookCounters();
        WebhookReceiver receiver = WebhookReceiver.named(name);
        try {
            receiver.start(port, args[2], counters);
        } catch (UnsupportedOperationException e) {
            ChildOutput.unavailable(name + " is not available yet: " + e.getMessage());
            System.exit(0);
        }
        ChildOutput.ready(port);
        Meter.Reading mark = null;
        Meter.Spent measured = null;
        Map<String, Object> atMeasuredEnd = null;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String command;
        while ((command = in.readLine()) != null) {
            if (command.equals("MARK")) {
                mark = Meter.read();
            } else if (command.equals("MEASURED") && mark != null) {
                measured = Meter.read().minus(mark);
                atMeasuredEnd = counters.snapshot();
            } else if (command.equals("STOP")) {
                break;
            }
        }
        Map<String, Object> result = new LinkedHashMap<>(counters.snapshot());
        result.put("receiver", name);
        result.put("verifies", receiver.verifies());
        if (measured != null) {
            result.put("cpuNanos", measured.cpuNanos());
            result.put("allocatedBytes", measured.allocatedBytes());
            result.put("atMeasuredEnd", atMeasuredEnd);
        }
        result.put("threads", Thread.activeCount());
        ChildOutput.result(result);
        try {
            receiver.close();
        } finally {
            System.exit(0);
        }
    }
}
