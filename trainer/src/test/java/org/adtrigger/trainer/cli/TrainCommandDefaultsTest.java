package org.adtrigger.trainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.trainer.api.ModelChoice;
import org.adtrigger.trainer.api.TrainRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code train}'s option defaults are the API's: a study or the physics benchmark asking for a model with
 * {@link TrainRequest#of} and {@link ModelChoice#withDefaults} trains it as {@code adtrigger train} would.
 */
class TrainCommandDefaultsTest {
    @TempDir
    Path dir;

    private TrainRequest parsed(String... options) throws IOException {
        Path archive = Files.createFile(dir.resolve("sm.avro"));
        TrainCommand command = new TrainCommand();
        new CommandLine(command).parseArgs(List.of(List.of("--data", archive.toString(), "--out",
                dir.resolve("m.onnx").toString()), List.of(options)).stream().flatMap(List::stream)
                .toArray(String[]::new));
        return command.request();
    }

    private TrainRequest withDefaults(String model, int epochs, long seed) {
        return TrainRequest.of(List.of(dir.resolve("sm.avro")), RmmLayout.parse(RmmLayout.DEFAULT_PRESET),
                SelectionPreset.NONE, ModelChoice.withDefaults(model, epochs, seed), TrainRequest.DEFAULT_LUMINOSITY_FB,
                1, dir.resolve("m.onnx"));
    }

    @Test
    void anAutoencoderWithTrainsDefaultsIsTheApisDefault() throws IOException {
        assertThat(parsed("--epochs", "7", "--seed", "3")).isEqualTo(withDefaults("ae-small", 7, 3));
    }

    @Test
    void aBaselineWithTrainsDefaultsIsTheApisDefault() throws IOException {
        assertThat(parsed("--model", "iforest", "--seed", "4")).isEqualTo(withDefaults("iforest", 200, 4));
    }

    @Test
    void aChangedOptionMakesADifferentRequest() throws IOException {
        assertThat(parsed("--lr", "0.01")).isNotEqualTo(withDefaults("ae-small", 200, 1));
    }
}
