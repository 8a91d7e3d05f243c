package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.adtrigger.streams.config.UnknownKeyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLayersTest {
    @TempDir
    Path dir;

    @Test
    void flagsWinOverSetWhichWinsOverTheFile() throws Exception {
        Path file = dir.resolve("app.properties");
        Files.writeString(file, "batch.size=1\ntopic.events=file\nhttp.port=1\n");
        Properties merged = ConfigLayers.merge(file, Map.of("topic.events", "set", "http.port", "2"),
                Map.of("http.port", "3"));
        assertThat(merged).containsEntry("batch.size", "1").containsEntry("topic.events", "set")
                .containsEntry("http.port", "3");
    }

    @Test
    void worksWithoutAFile() {
        assertThat(ConfigLayers.merge(null, Map.of("batch.size", "8"), Map.of())).containsOnly(Map.entry("batch.size", "8"));
    }

    @Test
    void namesAMissingFileAndTheReason() {
        Path missing = dir.resolve("nope.properties");
        assertThatThrownBy(() -> ConfigLayers.merge(missing, Map.of(), Map.of()))
                .hasMessage("config file " + missing + ": no such file");
    }

    @Test
    void namesADirectoryGivenAsTheFile() {
        assertThatThrownBy(() -> ConfigLayers.merge(dir, Map.of(), Map.of()))
                .hasMessage("config file " + dir + ": is a directory, expected a file");
    }

    @Test
    void aMisspeltKeyInTheFileIsRefusedNamingTheFile() throws Exception {
        Path file = dir.resolve("app.properties");
        Files.writeString(file, "batch.size=1\nwindow.grace.sm=5\n");
        assertThatThrownBy(() -> ConfigLayers.merge(file, Map.of(), Map.of()))
                .isInstanceOf(UnknownKeyException.class)
                .hasMessage("unknown configuration key 'window.grace.sm'; did you mean window.grace.ms? (config file "
                        + file + ")");
    }

    @Test
    void everyKeyTheAppReadsIsKnown() {
        // The dedicated settings of other components are configuration keys too.
        assertThat(ConfigLayers.merge(null, Map.of("http.address", "0.0.0.0", "scorer.intra.op.threads", "2",
                "scorer.required.layout", "T4N6655", "shutdown.timeout.ms", "1000",
                "kafka.security.protocol", "PLAINTEXT"), Map.of())).hasSize(5);
    }
}
