package org.adtrigger.streams.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {
    @TempDir
    Path dir;

    @Test
    void deletesAFolderWithEverythingBelowIt() throws Exception {
        Path root = dir.resolve("state");
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("a/b/store.sst"), "x");
        Files.writeString(root.resolve("top.lock"), "y");
        FileTrees.delete(root, "the test state");
        assertThat(root).doesNotExist();
        assertThat(dir).exists();
    }

    @Test
    void aMissingFolderIsReportedByName() {
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> FileTrees.delete(missing, "the test state")).isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot remove the test state " + missing);
    }
}
