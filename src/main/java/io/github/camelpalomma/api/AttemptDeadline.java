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
package io.github.camelpalomma.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * The deadline of the exchange a pooled connection is running: each read of the answer may block for at most the time
 * left, so a server that sends one byte just inside every socket timeout still cannot hold a call past its response
 * timeout. One per connection; used by one thread at a time, as the pool hands a connection to one exchange at a time.
 * The per-read cost is a clock read; the socket timeout is changed only once an exchange has used a good part of its time.
 */
final class AttemptDeadline {

    private final long attemptNanos;
    private final int attemptMillis;
    private final int slackMillis;
    private long endNanos;
    private int readTimeoutMillis;

    AttemptDeadline(long attemptMillis) {
        this.attemptMillis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, attemptMillis));
        this.attemptNanos = this.attemptMillis * 1_000_000L;
        this.slackMillis = this.attemptMillis / 16;
    }

    /** An exchange starts: its answer must be complete within the attempt time. */
    void start() {
        endNanos = System.nanoTime() + attemptNanos;
        // what the client sets as the socket timeout for each exchange (its response timeout)
        readTimeoutMillis = attemptMillis;
    }

    void clear() {
        endNanos = 0;
    }

    /** Wraps a socket's input so that every read honours the deadline of the current exchange, if any. */
    InputStream guard(InputStream in, Socket socket) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                beforeRead(socket);
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                beforeRead(socket);
                return super.read(b, off, len);
            }
        };
    }

    private void beforeRead(Socket socket) throws IOException {
        long end = endNanos;
        if (end == 0) {
            return;
        }
        long leftNanos = end - System.nanoTime();
        if (leftNanos <= 0) {
            throw new SocketTimeoutException(
                    "the answer was not complete within the response timeout of " + attemptMillis + " ms");
        }
        int leftMillis = (int) Math.max(1, leftNanos / 1_000_000);
        // a read may overrun the deadline by a sixteenth of it at most; fast exchanges never change the socket timeout
        if (leftMillis + slackMillis < readTimeoutMillis) {
            socket.setSoTimeout(leftMillis);
            readTimeoutMillis = leftMillis;
        }
    }
}
