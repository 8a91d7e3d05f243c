package org.adtrigger.streams.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The settings table of docs/configuration.md is {@link ConfigKey#markdownTable()}, row for row: every key the
 * streaming commands read, and nothing hand-written beside it. Tests run in the module directory.
 */
class ConfigurationDocTest {
    private static final Path PAGE = Path.of("..", "docs", "configuration.md");

    @Test
    void theDocumentedTableIsTheGeneratedOne() throws IOException {
        List<String> lines = Files.readAllLines(PAGE);
        int start = lines.indexOf("| key | default | description |");
        assertThat(start).as("docs/configuration.md has the settings table").isNotNegative();
        int end = start;
        while (end < lines.size() && lines.get(end).startsWith("|")) {
            end++;
        }
        String documented = String.join("\n", lines.subList(start, end)) + "\n";
        assertThat(documented).as("docs/configuration.md: paste ConfigKey.markdownTable() into it")
                .isEqualTo(ConfigKey.markdownTable());
    }
}
