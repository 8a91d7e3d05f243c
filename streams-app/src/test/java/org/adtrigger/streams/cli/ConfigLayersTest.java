package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLayersTest {
    @TempDir
    Path dir;

    @Test
    void flagsWinOverSetWhichWinsOverTheFile() throws Exception {
        Path file = dir.resolve("app.properties");
        Files.writeString(file, "a=file\nb=file\nc=file\n");
        Properties merged = ConfigLayers.merge(file, Map.of("b", "set", "c", "set"), Map.of("c", "flag"));
        assertThat(merged).containsEntry("a", "file").containsEntry("b", "set").containsEntry("c", "flag");
    }

    @Test
    void worksWithoutAFile() {
        assertThat(ConfigLayers.merge(null, Map.of("k", "v"), Map.of())).containsOnly(Map.entry("k", "v"));
    }

    @Test
    void namesAMissingFile() {
        Path missing = dir.resolve("nope.properties");
        assertThatThrownBy(() -> ConfigLayers.merge(missing, Map.of(), Map.of()))
                .hasMessageContaining("cannot read config file " + missing);
    }
}
