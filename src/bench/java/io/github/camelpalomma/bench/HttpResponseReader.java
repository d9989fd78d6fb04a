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

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one HTTP/1.1 response off a keep-alive connection and answers its status; the body (Content-Length or chunked)
 * is read and dropped. Enough for the receivers measured here, not a general client.
 */
final class HttpResponseReader {

    private final InputStream in;
    private final StringBuilder line = new StringBuilder(128);

    HttpResponseReader(InputStream in) {
        this.in = in;
    }

    int read() throws IOException {
        String status = readLine();
        if (!status.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = 0;
        boolean chunked = false;
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            while (true) {
                String size = readLine();
                int semi = size.indexOf(';');
                long chunk = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                if (chunk == 0) {
                    while (!readLine().isEmpty()) {
                        // trailers
                    }
                    break;
                }
                skip(chunk);
                readLine();
            }
        } else {
            skip(length);
        }
        return code;
    }

    private void skip(long n) throws IOException {
        for (long i = 0; i < n; i++) {
            if (in.read() < 0) {
                throw new EOFException("connection closed inside a body");
            }
        }
    }

    private String readLine() throws IOException {
        line.setLength(0);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            line.append((char) c);
        }
        throw new EOFException("connection closed by the receiver");
    }
}
