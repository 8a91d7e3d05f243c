package org.adtrigger.trainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.testsupport.TestArchives;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code tune} end to end on a small generated archive with an injected signal sample. */
class TuneCommandIT {
    @TempDir
    static Path dir;

    @BeforeAll
    static void writeArchives() throws IOException {
        TestArchives.write(dir.resolve("bkg.avro"), "sm", 1500, 3);
        TestArchives.write(dir.resolve("sig.avro"), "zprime2000", 200, 4);
        Files.writeString(dir.resolve("tiny.properties"), "layers = 0, 1\nwidths = 12\nlatent = 4, 6\n"
                + "activation = tanh, relu\nlr = 1e-3:1e-2\n");
    }

    private static int tune(Path out, StringWriter stdout, String... data) {
        String[] base = {"tune", "--space", dir.resolve("tiny.properties").toString(), "--trials", "3",
                "--max-epochs", "2", "--eta", "3", "--batch", "256", "--seed", "5", "--out", out.toString(),
                "--data"};
        String[] args = new String[base.length + data.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(data, 0, args, base.length, data.length);
        return TrainerMain.run(args, new PrintWriter(stdout, true), new PrintWriter(new StringWriter(), true));
    }

    @Test
    void writesALeaderboardWhoseBestSpecParsesAndIgnoresSignal() throws IOException {
        StringWriter stdout = new StringWriter();
        Path out = dir.resolve("tune");
        assertThat(tune(out, stdout, dir.resolve("bkg.avro").toString(), dir.resolve("sig.avro").toString()))
                .isZero();

        JsonNode board = new ObjectMapper().readTree(out.resolve("leaderboard.json").toFile());
        assertThat(board.get("rungs")).hasSize(2);
        assertThat(board.get("rungs").get(0).get("trials").asInt()).isEqualTo(3);
        assertThat(board.get("rungs").get(1).get("epochs").asInt()).isEqualTo(2);
        assertThat(board.get("trials")).hasSize(3);
        JsonNode best = board.get("best");
        assertThat(best.get("rungs")).hasSize(2);
        assertThat(best.get("validationLoss").asDouble()).isPositive()
                .isLessThanOrEqualTo(board.get("trials").get(1).get("validationLoss").asDouble());
        assertThat(Architectures.parse(best.get("spec").asText()).toSpecString()).isEqualTo(best.get("spec").asText());
        assertThat(board.get("signalEventsIgnored").get("validation").asLong()).isPositive();
        assertThat(stdout.toString()).contains("train it  adtrigger train", best.get("spec").asText())
                .doesNotContain("Added differentiated op");

        StringWriter again = new StringWriter();
        Path backgroundOnly = dir.resolve("tune-bkg");
        assertThat(tune(backgroundOnly, again, dir.resolve("bkg.avro").toString())).isZero();
        JsonNode pure = new ObjectMapper().readTree(backgroundOnly.resolve("leaderboard.json").toFile());
        assertThat(losses(pure)).as("the signal archive changed nothing the search saw").isEqualTo(losses(board))
                .hasSize(4);
    }

    /** Every trial's spec and validation loss at every rung, in rank order (the timings differ run to run). */
    private static List<String> losses(JsonNode board) {
        List<String> losses = new ArrayList<>();
        for (JsonNode trial : board.get("trials")) {
            for (JsonNode rung : trial.get("rungs")) {
                losses.add(trial.get("spec").asText() + " " + rung.get("epochs") + " " + rung.get("validationLoss"));
            }
        }
        return losses;
    }

    @Test
    void badSettingsAreUsageErrors() {
        Path out = dir.resolve("never");
        assertThat(TrainerMain.run(new String[] {"tune", "--data", dir + "/bkg.avro", "--eta", "1", "--out",
                out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isEqualTo(2);
        assertThat(TrainerMain.run(new String[] {"tune", "--data", dir + "/bkg.avro", "--search", "bayes", "--out",
                out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isEqualTo(2);
        assertThat(out).doesNotExist();
    }
}
