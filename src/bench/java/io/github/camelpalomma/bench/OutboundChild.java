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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelpalomma.model.PayinLink;

/**
 * Child JVM of scenario A: one subject, each concurrency in turn (warm-up, then measured), one RESULT line.
 * Arguments: subject baseUrl warmup measured maxSecondsPerPhase concurrency...
 */
public final class OutboundChild {

    private OutboundChild() {}

    public static void main(String[] args) throws Exception {
        String subjectName = args[0];
        String baseUrl = args[1];
        int warmup = Integer.parseInt(args[2]);
        int measured = Integer.parseInt(args[3]);
        long maxSeconds = Long.parseLong(args[4]);
        List<Map<String, Object>> runs = new ArrayList<>();
        try (OutboundSubject subject = OutboundSubject.named(subjectName, baseUrl)) {
            PayinLink first = subject.create();
            if (first == null || !"01HPR5TEDFKT498V8CYY3RPCXP".equals(first.id())) {
                throw new IllegalStateException(subjectName + " did not answer the stub's payin link: " + first);
            }
            for (int i = 5; i < args.length; i++) {
                ClosedLoop loop =
                        new ClosedLoop(() -> subject.create().amount() == 100_000L, Integer.parseInt(args[i]));
                runs.add(loop.run(warmup, measured, maxSeconds));
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("subject", subjectName);
        result.put("runs", runs);
        ChildOutput.result(result);
        System.exit(0);
    }
}
