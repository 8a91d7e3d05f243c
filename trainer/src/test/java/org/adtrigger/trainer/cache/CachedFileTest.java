package org.adtrigger.trainer.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedFileTest {
    @TempDir
    Path dir;

    private final AtomicInteger made = new AtomicInteger();

    private CachedFile.Made make(String parameters, String content) throws IOException {
        return new CachedFile(dir.resolve("model.onnx"), parameters).getOrMake(target -> {
            made.incrementAndGet();
            Files.writeString(target, content);
            Files.writeString(target.resolveSibling("model.card.json"), "card " + content);
        });
    }

    @Test
    void madeOnceThenReusedWhileTheParametersMatch() throws IOException {
        CachedFile.Made first = make("train --epochs 5", "v1");
        CachedFile.Made second = make("train --epochs 5", "v2");

        assertThat(made).hasValue(1);
        assertThat(first.reused()).isFalse();
        assertThat(second.reused()).isTrue();
        assertThat(second.seconds()).isEqualTo(first.seconds(), org.assertj.core.data.Offset.offset(1e-3));
        assertThat(Files.readString(dir.resolve("model.onnx"))).isEqualTo("v1");
        assertThat(Files.readString(dir.resolve("model.card.json"))).isEqualTo("card v1");
    }

    @Test
    void otherParametersMakeItAgain() throws IOException {
        make("train --epochs 5", "v1");
        CachedFile.Made again = make("train --epochs 6", "v2");

        assertThat(made).hasValue(2);
        assertThat(again.reused()).isFalse();
        assertThat(Files.readString(dir.resolve("model.onnx"))).isEqualTo("v2");
        assertThat(Files.readString(dir.resolve("model.card.json"))).isEqualTo("card v2");
    }

    @Test
    void failedMakingLeavesNothingThatPassesForFinished() throws IOException {
        CachedFile cached = new CachedFile(dir.resolve("model.onnx"), "p");
        assertThatThrownBy(() -> cached.getOrMake(target -> {
            Files.writeString(target, "half");
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(dir.resolve("model.onnx")).doesNotExist();
        assertThat(make("p", "whole").reused()).isFalse();
        assertThat(Files.readString(dir.resolve("model.onnx"))).isEqualTo("whole");
    }
}
