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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoint URI Camel keeps: both keys' values masked in every form Camel accepts, the rest untouched. */
class SensitiveKeysTest {

    @Test
    void masksThePlainAndRawFormsOfTheIntegrityKey() {
        assertThat(SensitiveKeys.maskInUri("palomma://webhooks?integrityKey=s3cr&webhookPath=/in"))
                .isEqualTo("palomma://webhooks?integrityKey=xxxxxx&webhookPath=/in");
        assertThat(SensitiveKeys.maskInUri(
                        "palomma://webhooks?webhookPath=/in&integrityKey=RAW(a&b=c)&replayWindow=5m"))
                .isEqualTo("palomma://webhooks?webhookPath=/in&integrityKey=xxxxxx&replayWindow=5m");
        assertThat(SensitiveKeys.maskInUri("palomma://webhooks?IntegrityKey=RAW{a&b}"))
                .isEqualTo("palomma://webhooks?IntegrityKey=xxxxxx");
    }

    @Test
    void masksAnApiKeyTheSameWay() {
        assertThat(SensitiveKeys.maskInUri("palomma://payinLinks?apiKey=RAW(k&1)&operation=create"))
                .isEqualTo("palomma://payinLinks?apiKey=xxxxxx&operation=create");
        assertThat(SensitiveKeys.maskInUri("palomma://customers?operation=list&apiKey=sk_live_1"))
                .isEqualTo("palomma://customers?operation=list&apiKey=xxxxxx");
    }

    @Test
    void leavesOtherOptionsAsTheyAre() {
        String uri = "palomma://payinLinks?operation=create&myapiKey=k&myintegrityKey=v&reference=apiKey";
        assertThat(SensitiveKeys.maskInUri(uri)).isEqualTo(uri);
    }
}
