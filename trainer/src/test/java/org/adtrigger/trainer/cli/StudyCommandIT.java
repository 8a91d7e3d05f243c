package org.adtrigger.trainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pT-scale study end to end on a tiny generated background: generation, training through the train
 * command, ONNX Runtime scoring of distorted events, the report; then a second study reusing the model.
 */
class StudyCommandIT {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    private static int run(StringWriter out, StringWriter err, String... args) {
        return TrainerMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void ptScaleSeparatesHardLeptonsAndAnotherStudyReusesTheModel() throws IOException {
        String[] tiny = {"--events", "4000", "--epochs", "2", "--model", "24:tanh", "--work",
                dir.resolve("work").toString()};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path report = dir.resolve("pt");
        int code = run(out, err, concat(new String[] {"study", "pt-scale", "--factors", "1,10", "--subset", "0.5",
                "--out", report.toString()}, tiny));

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("training background-model.onnx");
        assertThat(out.toString()).contains("pT x1", "pT x10", "AUC", "wrote results.json");
        JsonNode json = JsonMapper.builder().build().readTree(report.resolve("results.json").toFile());
        JsonNode settings = json.at("/results/settings");
        assertThat(settings).hasSize(2);
        double unscaled = settings.get(0).at("/autoencoder/auc").asDouble();
        double tenfold = settings.get(1).at("/autoencoder/auc").asDouble();
        assertThat(tenfold).isGreaterThan(0.9).isGreaterThan(unscaled + 0.2);
        assertThat(settings.get(1).get("distortedEvents").asLong()).isPositive()
                .isLessThanOrEqualTo(settings.get(1).get("drawn").asLong());
        assertThat(Files.readString(report.resolve("results.md"))).contains("| pT x10 |", "![roc.png](roc.png)");
        for (String png : new String[] {"auc.png", "roc.png", "score-distribution.png"}) {
            assertThat(Arrays.copyOf(Files.readAllBytes(report.resolve(png)), 8)).as(png).isEqualTo(PNG_MAGIC);
        }

        StringWriter shuffleErr = new StringWriter();
        code = run(new StringWriter(), shuffleErr, concat(new String[] {"study", "shuffle", "--fractions", "1",
                "--out", dir.resolve("shuffle").toString()}, tiny));
        assertThat(code).as(shuffleErr.toString()).isZero();
        assertThat(shuffleErr.toString()).contains("reusing").doesNotContain("training background-model.onnx");
    }

    @Test
    void aBadSettingIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "study", "pt-scale", "--factors", "0", "--work",
                dir.resolve("work").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("pT scale factor must be positive");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
