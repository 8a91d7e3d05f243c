package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ShutdownSequenceTest {

    @Test
    void stopsInReverseOrderAndPastAFailure() {
        List<String> stopped = new ArrayList<>();
        try (ShutdownSequence parts = new ShutdownSequence()) {
            parts.add("model", () -> stopped.add("model"));
            parts.add("broken", () -> {
                throw new IllegalStateException("stuck");
            });
            parts.add("streams", () -> stopped.add("streams"));
        }
        assertThat(stopped).containsExactly("streams", "model");
    }

    @Test
    void stopsEachPartOnce() {
        List<String> stopped = new ArrayList<>();
        ShutdownSequence parts = new ShutdownSequence();
        parts.add("http", () -> stopped.add("http"));
        parts.close();
        parts.close();
        assertThat(stopped).containsExactly("http");
    }
}
