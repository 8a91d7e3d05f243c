package org.adtrigger.trainer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivePathsTest {
    @TempDir
    Path dir;

    @Test
    void globsExpandSortedWithoutDuplicates() throws IOException {
        Path b = Files.createFile(dir.resolve("bkg2.avro"));
        Path a = Files.createFile(dir.resolve("bkg1.avro"));
        Files.createDirectories(dir.resolve("sub"));
        Path c = Files.createFile(dir.resolve("sub/bkg3.avro"));
        Files.createFile(dir.resolve("sig.avro"));

        assertThat(ArchivePaths.expand(List.of(dir + "/bkg*.avro", b.toString(), dir + "/*/bkg?.avro")))
                .containsExactly(a, b, c);
    }

    @Test
    void missingFileOrEmptyPatternIsAnError() {
        assertThatThrownBy(() -> ArchivePaths.expand(List.of(dir + "/none.avro")))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> ArchivePaths.expand(List.of(dir + "/x*.avro")))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("no file matches");
    }
}
