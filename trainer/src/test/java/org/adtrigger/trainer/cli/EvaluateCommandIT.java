package org.adtrigger.trainer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.adtrigger.testsupport.TestArchives;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains a tiny model through the command line, then evaluates it against a Z' sample, end to end. */
class EvaluateCommandIT {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    static Path dir;
    static Path model;

    @BeforeAll
    static void trainModel() throws IOException {
        TestArchives.write(dir.resolve("sm.avro"), "sm", 4000, 3);
        TestArchives.write(dir.resolve("zprime.avro"), "zprime:2000", 400, 4);
        model = dir.resolve("tiny.onnx");
        int code = run("train", "--data", dir.resolve("sm.avro").toString(), "--model", "24:tanh", "--epochs", "2",
                "--batch", "128", "--no-progress", "--out", model.toString());
        assertThat(code).isZero();
    }

    private static int run(String... args) {
        return run(new StringWriter(), new StringWriter(), args);
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        return TrainerMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void writesTheReport() throws IOException {
        Path report = dir.resolve("report");
        StringWriter out = new StringWriter();
        int code = run(out, new StringWriter(), "evaluate", "--model", model.toString(), "--background",
                dir + "/sm*.avro", "--signals", dir.resolve("zprime.avro").toString(), "--out", report.toString(),
                "--lumi", "20", "--no-progress");

        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString()).contains("zprime2000", "AUC model", "wrote 5 files");
        // the report names the method (the card's architecture "24:tanh ..."), never a generic autoencoder
        assertThat(Files.readString(report.resolve("index.html"))).contains("<td>24:tanh</td>")
                .contains("<i>E</i><sub>T</sub><sup>miss</sup>").doesNotContain("E_T^miss");
        for (String png : new String[] {"score-distribution.png", "roc-zprime2000.png",
                "significance-met-zprime2000.png"}) {
            byte[] bytes = Files.readAllBytes(report.resolve(png));
            assertThat(Arrays.copyOf(bytes, 8)).as(png).isEqualTo(PNG_MAGIC);
            assertThat(Files.readString(report.resolve("index.html"))).contains("src=\"" + png + "\"");
        }
        JsonNode json = JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
                .readTree(report.resolve("metrics.json").toFile());
        JsonNode provenance = json.get("provenance");
        // --lumi 20 is in fb⁻¹ like every --lumi; the report keeps pb⁻¹
        assertThat(provenance.get("luminosityPb").asDouble()).isEqualTo(20000.0);
        assertThat(provenance.get("weightLuminosityPb").asDouble()).isEqualTo(10000.0);
        // the background archive is the training archive: its validation split only, ~20 % of 4000 events
        JsonNode background = provenance.get("background").get(0);
        assertThat(background.get("usedInTraining").asBoolean()).isTrue();
        assertThat(background.get("records").asLong()).isEqualTo(4000);
        assertThat(background.get("selected").asLong()).isBetween(650L, 950L);
        assertThat(provenance.get("signals").get(0).get("selected").asLong()).isEqualTo(400);

        JsonNode zprime = json.get("signals").get(0);
        assertThat(zprime.get("sample").asText()).isEqualTo("zprime2000");
        // σ × BR = 0.024 pb at 20 fb⁻¹: 480 expected events, from every generated event
        assertThat(zprime.get("expected").get("sumW").asDouble()).isCloseTo(480.0, within(1e-6));
        assertThat(zprime.get("autoencoder").get("auc").asDouble()).isBetween(0.5, 1.0);
        assertThat(zprime.get("tiers")).hasSize(4);
        assertThat(zprime.get("verdict").asText()).contains("E_T^miss baseline").contains("24:tanh model");
    }

    @Test
    void missingSignalArchiveFailsWithOneLine() {
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "evaluate", "--model", model.toString(), "--background",
                dir.resolve("sm.avro").toString(), "--signals", dir.resolve("absent.avro").toString(), "--out",
                dir.resolve("never").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("adtrigger evaluate: ").contains("absent.avro: no such file");
        assertThat(dir.resolve("never")).doesNotExist();
    }
}
