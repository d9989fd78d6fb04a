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

import java.io.InputStream;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.github.camelpalomma.model.PayinLink;

/**
 * The limit: Apache HttpClient 5 classic, pooled, and one Jackson mapper; the request is written to bytes, the answer
 * parsed straight from the response stream. No Camel.
 */
final class RawHc5Subject implements OutboundSubject {

    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final CloseableHttpClient http;
    private final String url;

    RawHc5Subject(String baseUrl) {
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(200)
                .setMaxConnPerRoute(20)
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(pool)
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .build();
        this.url = baseUrl + "/payinLinks";
    }

    @Override
    public PayinLink create() throws Exception {
        HttpPost post = new HttpPost(url);
        post.addHeader("Authorization", "Bearer bench-key");
        post.addHeader("Accept", "application/json");
        post.setEntity(new ByteArrayEntity(mapper.writeValueAsBytes(REQUEST), ContentType.APPLICATION_JSON));
        return http.execute(post, response -> {
            if (response.getCode() != 200) {
                throw new IllegalStateException("HTTP " + response.getCode());
            }
            try (InputStream body = response.getEntity().getContent()) {
                return mapper.readValue(body, PayinLink.class);
            }
        });
    }

    @Override
    public void close() throws Exception {
        http.close();
    }
}
