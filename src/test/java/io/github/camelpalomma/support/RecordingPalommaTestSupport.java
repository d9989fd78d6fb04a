package io.github.camelpalomma.support;

import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;

/** A CamelTestSupport whose routes call a {@link RecordingPalomma}, started before and closed after each test. */
public abstract class RecordingPalommaTestSupport extends CamelTestSupport {

    protected final RecordingPalomma palomma = new RecordingPalomma();

    @AfterEach
    void closeRecordingPalomma() {
        palomma.close();
    }
}
