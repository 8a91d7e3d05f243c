package org.adtrigger.streams.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Merges the configuration sources of a command, later layers winning: the properties file, then
 * {@code --set key=value} entries, then dedicated flags such as {@code --bootstrap}.
 */
final class ConfigLayers {
    private ConfigLayers() {
    }

    static Properties merge(Path file, Map<String, String> sets, Map<String, String> flags) {
        Properties config = new Properties();
        if (file != null) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                config.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read config file " + file + ": " + e, e);
            }
        }
        sets.forEach(config::setProperty);
        flags.forEach(config::setProperty);
        return config;
    }
}
