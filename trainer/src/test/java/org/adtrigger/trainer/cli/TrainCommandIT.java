package org.adtrigger.trainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adtrigger.core.kinematics.LeadingMass;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.model.ModelCompatibility;
import org.adtrigger.card.ModelCardJson;
import org.adtrigger.trainer.api.CheckpointWriter;
import org.adtrigger.trainer.onnx.proto.ModelProto;
import org.adtrigger.trainer.onnx.proto.StringStringEntryProto;
import org.adtrigger.testsupport.TestArchives;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains a tiny model through the command line, end to end. */
class TrainCommandIT {
    @TempDir
    static Path dir;
    static Path archive;

    @BeforeAll
    static void writeArchive() throws IOException {
        archive = TestArchives.write(dir.resolve("sm.avro"), "sm", 3000, 2);
    }

    private static int train(Path out, StringWriter stdout, String... extra) {
        return train("24:tanh", out, stdout, extra);
    }

    private static int train(String model, Path out, StringWriter stdout, String... extra) {
        String[] base = {"train", "--data", dir + "/sm*.avro", "--model", model, "--epochs", "2",
                "--batch", "128", "--seed", "7", "--no-progress", "--out", out.toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return TrainerMain.run(args, new PrintWriter(stdout, true), new PrintWriter(new StringWriter(), true));
    }

    @Test
    void trainsExportsAndRepeats() throws IOException {
        Path first = dir.resolve("first.onnx");
        Path second = dir.resolve("second.onnx");
        StringWriter stdout = new StringWriter();
        assertThat(train(first, stdout, "--checkpoint-dir", dir.resolve("ckpt").toString())).isZero();
        assertThat(train(second, new StringWriter())).isZero();

        assertThat(first).isNotEmptyFile();
        assertThat(dir.resolve("ckpt").resolve(CheckpointWriter.LAST)).exists();
        assertThat(stdout.toString()).contains("tiers", "wrote").doesNotContain("Added differentiated op");
        ModelCard card = ModelCardJson.read(ModelCardJson.sidecarOf(first));
        assertThat(ModelCompatibility.problems(card, card.features().inputWidth(), null)).isEmpty();
        assertThat(card.features().rmmLayout()).isEqualTo("T4N6655");
        assertThat(card.provenance().archives()).singleElement()
                .satisfies(a -> assertThat(a.sha256()).hasSize(64))
                .satisfies(a -> assertThat(a.events()).isEqualTo(3000));
        assertThat(card.provenance().trainEvents() + card.provenance().validationEvents()).isEqualTo(3000);
        ModelCard.Thresholds t = card.thresholds();
        assertThat(t.tierCuts()).isSorted().doesNotHaveDuplicates();
        double[] pass = t.tierPassFractions();
        for (int i = 1; i < pass.length; i++) {
            assertThat(pass[i]).isBetween(0.0, 1.0).isLessThanOrEqualTo(pass[i - 1]);
        }
        // the validation background's m_all spectrum per tier level: the events with objects among those
        // passing the level, so at most its pass fraction (events with MET only have no m_all)
        for (int level = 0; level < pass.length; level++) {
            double[] mall = t.expectedSpectra().of(LeadingMass.MALL, level).orElseThrow().fractions();
            assertThat(Arrays.stream(mall).sum()).as("tier level " + level).isPositive()
                    .isLessThanOrEqualTo(pass[level] + 1e-9);
        }
        assertThat(t.expectedSpectra().events()).isEqualTo(card.provenance().validationEvents());
        assertThat(cardInOnnx(first)).usingRecursiveComparison().isEqualTo(card);

        ModelCard again = ModelCardJson.read(ModelCardJson.sidecarOf(second));
        assertThat(again.thresholds()).usingRecursiveComparison().isEqualTo(t);
    }

    @Test
    void trainsAVaeWithKlWeights() throws IOException {
        Path out = dir.resolve("vae.onnx");
        assertThat(train("vae", out, new StringWriter(), "--beta", "0.1", "--score-kl-weight", "0.5")).isZero();

        ModelCard card = ModelCardJson.read(ModelCardJson.sidecarOf(out));
        assertThat(card.architecture()).startsWith("vae (vae:150:relu:linear)");
        assertThat(card.score().includesKl()).isTrue();
        assertThat(cardInOnnx(out)).usingRecursiveComparison().isEqualTo(card);
        assertThat(train("vae", dir.resolve("bad.onnx"), new StringWriter(), "--beta", "-1")).isEqualTo(2);
    }

    /** The card stored in the ONNX model's metadata, read with the protobuf classes the exporter writes with. */
    private static ModelCard cardInOnnx(Path model) throws IOException {
        ModelProto onnx = ModelProto.parseFrom(Files.readAllBytes(model));
        List<StringStringEntryProto> entries = onnx.getMetadataPropsList().stream()
                .filter(e -> e.getKey().equals(ModelCard.ONNX_METADATA_KEY)).toList();
        assertThat(entries).hasSize(1);
        return ModelCardJson.fromJson(entries.get(0).getValue(), model.toString());
    }

    @Test
    void badOptionsAreUsageErrorsAndMissingDataAFailure() {
        Path out = dir.resolve("never.onnx");
        assertThat(train(out, new StringWriter(), "--scaler", "quantile")).isEqualTo(2);
        assertThat(TrainerMain.run(new String[] {"train", "--data", dir + "/missing.avro", "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isEqualTo(1);
        assertThat(out).doesNotExist();
    }
}
