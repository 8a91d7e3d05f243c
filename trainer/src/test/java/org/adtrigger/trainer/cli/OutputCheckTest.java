package org.adtrigger.trainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs are checked before any work: each case names an input that does not exist, so a command that
 * started reading or training first would fail on the input instead, with another message.
 */
class OutputCheckTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> unwritableOutputs() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("model.onnx"));
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        String missing = dir.resolve("missing.avro").toString();
        return Stream.of(
                Arguments.of("train --out a directory", new String[] {"train", "--data", missing, "--out", folder.toString()},
                        "adtrigger train: " + folder + ": is a directory, expected a file"),
                Arguments.of("train --out under a file", new String[] {"train", "--data", missing, "--out",
                        file.resolve("m.onnx").toString()},
                        "adtrigger train: " + file.resolve("m.onnx") + ": cannot be written: " + file + " is a file, not a directory"),
                Arguments.of("train --checkpoint-dir a file", new String[] {"train", "--data", missing, "--out",
                        dir.resolve("ok.onnx").toString(), "--checkpoint-dir", file.toString()},
                        "adtrigger train: " + file + ": is a file, expected a directory"),
                Arguments.of("evaluate --out a file", new String[] {"evaluate", "--model", missing, "--background", missing,
                        "--signals", missing, "--out", file.toString()},
                        "adtrigger evaluate: " + file + ": is a file, expected a directory"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unwritableOutputs")
    void unwritableOutputIsRefusedBeforeWorkWithThePathAndTheReason(String name, String[] args, String line) {
        StringWriter err = new StringWriter();
        int code = TrainerMain.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(err.toString().lines()).as(err.toString()).containsExactly(line);
    }
}
