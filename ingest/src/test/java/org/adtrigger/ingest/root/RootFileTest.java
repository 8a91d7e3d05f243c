package org.adtrigger.ingest.root;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RootFileTest {

    @Test
    void readsKeysOfSmallFilesWith32BitPointers() throws IOException {
        try (RootFile file = RootFile.open("small.root", SyntheticRootFile.build(false, 3_000_000_000L, false))) {
            assertThat(file.rootVersion()).isEqualTo(62206);
            assertThat(file.keys()).singleElement().satisfies(key -> {
                assertThat(key.className()).isEqualTo("TH1F");
                assertThat(key.path()).isEqualTo("h");
                assertThat(key.title()).isEqualTo("a histogram");
                assertThat(key.seekKey()).as("unsigned 32-bit").isEqualTo(3_000_000_000L);
            });
            assertThat(file.trees()).isEmpty();
        }
    }

    @Test
    void readsKeysOfLargeFilesWith64BitPointers() throws IOException {
        try (RootFile file = RootFile.open("large.root", SyntheticRootFile.build(true, 5_000_000_000L, false))) {
            assertThat(file.rootVersion()).isEqualTo(62206);
            assertThat(file.keys()).singleElement().extracting(RootKey::seekKey).isEqualTo(5_000_000_000L);
        }
    }

    @Test
    void rejectsFilesWithoutTheMagicBytes() {
        byte[] bytes = SyntheticRootFile.build(false, 0, false);
        bytes[0] = 'R';
        assertThatThrownBy(() -> RootFile.open("x.root", bytes)).isInstanceOf(RootFormatException.class)
                .hasMessageStartingWith("x.root: file header: not a ROOT file");
    }

    @Test
    void rejectsTruncatedFilesNamingFileObjectAndOffset() {
        byte[] bytes = SyntheticRootFile.build(false, 0, false);
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 10);
        assertThatThrownBy(() -> RootFile.open("cut.root", cut)).isInstanceOfSatisfying(RootFormatException.class,
                e -> {
                    assertThat(e.file()).isEqualTo("cut.root");
                    assertThat(e.object()).isEqualTo("file header");
                    assertThat(e.fileOffset()).isEqualTo(12);
                    assertThat(e.getMessage()).contains("truncated");
                });
    }

    @Test
    void rejectsAKeyCountTheKeyListCannotHold() {
        byte[] bytes = SyntheticRootFile.build(false, 0, false);
        int countAt = bytes.length - 4 - keyLength("TH1F", "h", "a histogram");
        bytes[countAt + 1] = 0x0F; // 1 becomes 0x000F0001
        assertThatThrownBy(() -> RootFile.open("keys.root", bytes)).isInstanceOf(RootFormatException.class)
                .hasMessageContaining("key list of directory ''").hasMessageContaining("key count 983041");
    }

    @Test
    void rejectsDirectoriesThatLoop() {
        byte[] bytes = SyntheticRootFile.build(false, 0, true);
        assertThatThrownBy(() -> RootFile.open("loop.root", bytes)).isInstanceOf(RootFormatException.class)
                .hasMessageContaining("loop");
    }

    @Test
    void aMissingTreeIsNotAFormatError() throws IOException {
        try (RootFile file = RootFile.open("small.root", SyntheticRootFile.build(false, 0, false))) {
            assertThatThrownBy(() -> file.tree("h")).isInstanceOf(java.util.NoSuchElementException.class);
        }
    }

    private static int keyLength(String className, String name, String title) {
        return 26 + 3 + className.length() + name.length() + title.length();
    }
}
