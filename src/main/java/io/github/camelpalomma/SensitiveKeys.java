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
package io.github.camelpalomma;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.spi.ContextServicePlugin;

/**
 * Camel masks options whose names are on a fixed list; {@code apiKey} is on it, {@code integrityKey} is not. Adding it to
 * the context's additional sensitive keywords (what {@code camel.main.additionalSensitiveKeywords} sets) makes Camel mask
 * it in sanitized endpoint URIs (endpoint, route and consumer {@code toString()}, JMX names and attributes, message
 * history, dev consoles) and in Camel Main's startup summaries, for component and endpoint level keys alike. Camel loads
 * this plugin (META-INF/services) when a CamelContext is created, before Main reads any property.
 */
public final class SensitiveKeys implements ContextServicePlugin {

    static final String INTEGRITY_KEY = "integrityKey";

    /**
     * The apiKey or integrityKey option's value in an endpoint URI, plain or in Camel's RAW(...) or RAW{...} form. Camel
     * masks an apiKey where it sanitizes a URI, but its endpoint and service dev consoles print the endpoint's own URI.
     */
    private static final Pattern KEY_IN_URI = Pattern.compile(
            "([?&](?:apiKey|integrityKey)=)(RAW\\(.*?\\)|RAW\\{.*?\\}|[^&]*)", Pattern.CASE_INSENSITIVE);

    /** The endpoint URI with the apiKey's and integrityKey's values replaced by Camel's mask, the rest unchanged. */
    static String maskInUri(String uri) {
        return uri == null ? null : KEY_IN_URI.matcher(uri).replaceAll("$1xxxxxx");
    }

    @Override
    public void load(CamelContext context) {
        register(context);
    }

    /** Adds the keyword, keeping any the user configured. */
    static void register(CamelContext context) {
        ExtendedCamelContext extension = context.getCamelContextExtension();
        String existing = extension.getAdditionalSensitiveKeywords();
        if (existing == null || existing.isBlank()) {
            extension.setAdditionalSensitiveKeywords(INTEGRITY_KEY);
        } else if (Arrays.stream(existing.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .noneMatch(INTEGRITY_KEY.toLowerCase(Locale.ROOT)::equals)) {
            extension.setAdditionalSensitiveKeywords(existing + "," + INTEGRITY_KEY);
        }
    }
}
