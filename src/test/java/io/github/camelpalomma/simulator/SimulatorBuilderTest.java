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
package io.github.camelpalomma.simulator;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorBuilderTest {

    @Test
    void aWrongOptionFailsAtTheCallThatGaveItNamingTheOptionAndItsRule() {
        PalommaSimulator.Builder builder = PalommaSimulator.builder();
        assertThatThrownBy(() -> builder.port(70_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("port must be a port from 0 to 65535 (0 = a free one) (got '70000')");
        assertThatThrownBy(() -> builder.payinFee(-1)).hasMessage("payinFee must be at least 0 (got '-1')");
        assertThatThrownBy(() -> builder.maxPayoutAmount(0)).hasMessage("maxPayoutAmount must be at least 1 (got '0')");
        assertThatThrownBy(() -> builder.capacityPerResource(0))
                .hasMessage("capacityPerResource must be at least 1 (got '0')");
        assertThatThrownBy(() -> builder.host(null)).hasMessage("host must be a non-blank string (got null)");
        assertThatThrownBy(() -> builder.apiKey(" ")).hasMessage("apiKey must be a non-blank string (got ' ')");
        assertThatThrownBy(() -> builder.payoutTargetInitialStatus("verified"))
                .hasMessage("payoutTargetInitialStatus must be pending or active (got 'verified')");
        assertThatThrownBy(() -> builder.webhookUrl("ftp://shop.example/hooks"))
                .hasMessageContaining("webhookUrl must be an http or https URL");
        assertThatThrownBy(() -> builder.publicUrl("sim.example:8088"))
                .hasMessageContaining("publicUrl must be an origin");
        assertThatThrownBy(() -> builder.webhookRetry(0, Duration.ofSeconds(1), 2, Duration.ofSeconds(5)))
                .hasMessageContaining("maxAttempts of at least 1");
        assertThatThrownBy(() -> builder.autoComplete(Duration.ofSeconds(-1)))
                .hasMessageContaining("autoComplete must be a duration of 0 or more");
    }

    @Test
    void autoCompleteMayBeTurnedOffAgainWithNull() {
        assertThatCode(() -> PalommaSimulator.builder()
                        .autoComplete(Duration.ofSeconds(1))
                        .autoComplete(null))
                .doesNotThrowAnyException();
    }
}
