package org.adtrigger.streams.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.adtrigger.core.io.FileProblem;
import org.adtrigger.streams.config.KeyCheck;

/**
 * Merges the configuration sources of a command, later layers winning: the properties file, then
 * {@code --set key=value} entries, then dedicated flags such as {@code --bootstrap}. The file's and the
 * {@code --set} keys must be known ({@link #KNOWN}): a misspelt key is refused, not silently ignored.
 */
final class ConfigLayers {
    /** Every key a command reads from its configuration, besides the kafka.* pass-through. */
    static final KeyCheck KNOWN = new KeyCheck(KeyCheck.allKeys());

    private ConfigLayers() {
    }

    /** @throws org.adtrigger.streams.config.UnknownKeyException for a key of the file or --set that nothing reads */
    static Properties merge(Path file, Map<String, String> sets, Map<String, String> flags) {
        Properties config = new Properties();
        if (file != null) {
            if (Files.isDirectory(file)) {
                throw new IllegalArgumentException("config file " + file + ": is a directory, expected a file");
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                config.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("config file " + FileProblem.describe(file, e), e);
            }
            KNOWN.check(config.stringPropertyNames(), "config file " + file);
        }
        KNOWN.check(sets.keySet(), "--set");
        sets.forEach(config::setProperty);
        flags.forEach(config::setProperty);
        return config;
    }
}
