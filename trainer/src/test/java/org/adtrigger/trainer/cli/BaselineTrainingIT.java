package org.adtrigger.trainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.card.ModelCardJson;
import org.adtrigger.testsupport.TestArchives;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --model <baseline>} then {@code evaluate}, through the command line, on generated events. */
class BaselineTrainingIT {
    @TempDir
    static Path dir;

    @BeforeAll
    static void archives() throws IOException {
        TestArchives.write(dir.resolve("sm.avro"), "sm", 4000, 3);
        TestArchives.write(dir.resolve("zprime.avro"), "zprime:2000", 300, 4);
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        return TrainerMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static Path train(String method, String... extra) {
        Path model = dir.resolve(method + ".onnx");
        String[] common = {"train", "--data", dir.resolve("sm.avro").toString(), "--model", method, "--no-progress",
                "--out", model.toString()};
        String[] args = new String[common.length + extra.length];
        System.arraycopy(common, 0, args, 0, common.length);
        System.arraycopy(extra, 0, args, common.length, extra.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, args)).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("fit       " + method);
        return model;
    }

    @Test
    void pcaTrainsAndEvaluatesEndToEnd() throws IOException {
        Path model = train("pca", "--pca-variance", "0.9");
        ModelCard card = ModelCardJson.read(ModelCardJson.sidecarOf(model));
        assertThat(card.architecture()).startsWith("pca (k = ");
        assertThat(card.score().definition()).isEqualTo("MSE");
        assertThat(card.scaler()).isEqualTo("MIN_MAX");
        assertThat(card.provenance().epochs()).isZero();
        assertThat(card.provenance().trainLoss()).isPositive();
        assertThat(card.thresholds().tierCuts()).hasSize(3);

        Path report = dir.resolve("report-pca");
        StringWriter out = new StringWriter();
        int code = run(out, new StringWriter(), "evaluate", "--model", model.toString(), "--background",
                dir.resolve("sm.avro").toString(), "--signals", dir.resolve("zprime.avro").toString(), "--out",
                report.toString(), "--no-progress");

        assertThat(code).as(out.toString()).isZero();
        JsonNode zprime = JsonMapper.builder().build().readTree(report.resolve("metrics.json").toFile())
                .get("signals").get(0);
        // dileptons at 2 TeV are far outside the SM bulk a linear model reconstructs
        assertThat(zprime.get("autoencoder").get("auc").asDouble()).isGreaterThan(0.8);
    }

    @Test
    void metScoresEtMissWithoutTheRmmThreshold() {
        ModelCard card = ModelCardJson.read(ModelCardJson.sidecarOf(train("met")));

        assertThat(card.score().definition()).isEqualTo("MET");
        assertThat(card.features().keptCells()).containsExactly(0);
        assertThat(card.features().rmm().metThreshold()).isZero();
        assertThat(card.thresholds().median()).isPositive();
    }

    @Test
    void baselinesRefuseCheckpoints() {
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "train", "--data", dir.resolve("sm.avro").toString(), "--model",
                "hbos", "--checkpoint-dir", dir.resolve("ckpt").toString(), "--out", dir.resolve("x.onnx").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--checkpoint-dir are for autoencoders");
    }
}
