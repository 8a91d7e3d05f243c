package org.adtrigger.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AtomicOutputTest {
    @TempDir
    Path dir;

    @Test
    void committedOutputAppearsWhole() throws IOException {
        Path target = dir.resolve("sub/out.bin");
        try (AtomicOutput out = AtomicOutput.create(target)) {
            out.stream().write(new byte[] {1, 2, 3});
            assertThat(target).doesNotExist();
            out.commit();
        }
        assertThat(target).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(Files.list(target.getParent())).containsExactly(target);
    }

    @Test
    void outputClosedWithoutCommitLeavesNothingAndKeepsTheOldFile() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        try (AtomicOutput out = AtomicOutput.create(target)) {
            out.stream().write("half".getBytes());
        }
        assertThat(target).hasContent("old");
        assertThat(Files.list(dir)).containsExactly(target);
    }

    @Test
    void committedFileReplacesTheOldOneWithOrdinaryPermissions() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        AtomicOutput.writeString(target, "new");
        assertThat(target).hasContent("new");
        // The temporary is not made owner-only (as Files.createTempFile would), so others can read the output.
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).startsWith("rw-r");
    }

    static Stream<Arguments> unwritableTargets() {
        return Stream.of(
                Arguments.of("a directory", (Setup) d -> Files.createDirectories(d.resolve("out")), "out",
                        "is a directory, expected a file"),
                Arguments.of("under a file", (Setup) d -> Files.writeString(d.resolve("plain"), "x"), "plain/out",
                        "is a file, not a directory"));
    }

    interface Setup {
        void prepare(Path dir) throws IOException;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unwritableTargets")
    void unwritableTargetsAreNamedWithTheReason(String name, Setup setup, String target, String reason) throws IOException {
        setup.prepare(dir);
        Path path = dir.resolve(target);
        assertThatThrownBy(() -> AtomicOutput.checkWritable(path))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(path.toString())
                .hasMessageContaining(reason);
    }

    @Test
    void readOnlyDirectoryIsNamedWithTheReason() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write into read-only directories");
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path path = readOnly.resolve("out");
        assertThatThrownBy(() -> AtomicOutput.checkWritable(path))
                .hasMessageStartingWith(path.toString())
                .hasMessageContaining("read-only");
    }
}
