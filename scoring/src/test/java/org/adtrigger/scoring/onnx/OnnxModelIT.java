package org.adtrigger.scoring.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import org.adtrigger.testsupport.onnx.TestModelCards;
import org.adtrigger.testsupport.onnx.TestAutoencoder;
import org.adtrigger.testsupport.onnx.TestModelFiles;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.scoring.BatchScorer;
import org.adtrigger.card.ModelCardJson;
import org.adtrigger.testsupport.CapturedLog;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real ONNX Runtime loading, checking and scoring models written by {@link TestAutoencoder}. */
class OnnxModelIT {
    private static final ScorerSettings CPU = ScorerSettings.DEFAULTS.withDevice(ScorerDevice.CPU);
    private static final String SMALL = TestModelFiles.SMALL_LAYOUT;

    @TempDir
    Path dir;

    @Test
    void scoresEqualTheReferenceForOneEventAndAFullBatch() {
        TestAutoencoder ae = TestAutoencoder.random(9, 4, 1);
        try (OnnxModel model = OnnxModel.load(writeWithCard(ae, SMALL, false), CPU);
             BatchScorer scorer = model.newScorer(64)) {
            Random random = new Random(2);
            assertScoresMatch(ae, scorer, 1, random);
            assertScoresMatch(ae, scorer, 64, random);
        }
    }

    @Test
    void reusesItsBuffersAcrossManyBatchesOfVaryingSize() {
        TestAutoencoder ae = TestAutoencoder.random(9, 4, 3);
        try (OnnxModel model = OnnxModel.load(writeWithCard(ae, SMALL, false), CPU);
             BatchScorer scorer = model.newScorer(32)) {
            FloatBuffer input = scorer.input();
            Random random = new Random(4);
            for (int batch = 0; batch < 500; batch++) {
                assertScoresMatch(ae, scorer, 1 + random.nextInt(32), random);
            }
            assertThat(scorer.input()).isSameAs(input);
        }
    }

    @Test
    void scoresAnAeSmallSizedModelOnTheThesisLayout() {
        TestAutoencoder ae = TestAutoencoder.random(529, 150, 5);
        try (OnnxModel model = OnnxModel.load(writeWithCard(ae, "T4N6655", false), CPU);
             BatchScorer scorer = model.newScorer(256)) {
            assertThat(model.card().features().inputWidth()).isEqualTo(529);
            assertScoresMatch(ae, scorer, 256, new Random(6));
        }
    }

    @Test
    void acceptsAScoreOutputShapedAsAColumn() {
        TestAutoencoder ae = TestAutoencoder.random(9, 3, 7);
        try (OnnxModel model = OnnxModel.load(writeWithCard(ae, SMALL, true), CPU);
             BatchScorer scorer = model.newScorer(8)) {
            assertScoresMatch(ae, scorer, 5, new Random(8));
        }
    }

    @Test
    void readsTheSidecarWhenTheModelHasNoEmbeddedCard() {
        TestAutoencoder ae = TestAutoencoder.random(9, 3, 9);
        Path file = dir.resolve("plain.onnx");
        ae.write(file, Map.of(), false);
        ModelCardJson.write(TestModelCards.card(SMALL, TestAutoencoder.SCORE), ModelCardJson.sidecarOf(file));
        try (OnnxModel model = OnnxModel.load(file, CPU)) {
            assertThat(model.card().modelId()).isEqualTo("test-" + SMALL);
        }
    }

    @Test
    void saysWhichCardIsUsedWhenTheModelCarriesOneAndASidecarExists() {
        Path file = writeWithCard(TestAutoencoder.random(9, 3, 17), SMALL, false);
        ModelCard edited = TestModelCards.card(SMALL, TestAutoencoder.SCORE, TestModelFiles.SELECTION,
                new double[] {0.02, 0.06, 0.2});
        ModelCardJson.write(edited, ModelCardJson.sidecarOf(file));
        ModelCard embedded;
        try (CapturedLog log = CapturedLog.of(ModelCardReader.class);
             OnnxModel model = OnnxModel.load(file, CPU)) {
            embedded = model.card();
            assertThat(embedded.selection()).isNotEqualTo(edited.selection());
            assertThat(log.lines()).singleElement().asString()
                    .contains("Using the model card embedded in " + file)
                    .contains("the sidecar " + ModelCardJson.sidecarOf(file) + " differs from it and is ignored");
        }
        ModelCardJson.write(embedded, ModelCardJson.sidecarOf(file));
        try (CapturedLog log = CapturedLog.of(ModelCardReader.class);
             OnnxModel model = OnnxModel.load(file, CPU)) {
            assertThat(log.lines()).singleElement().asString().contains("matches it");
        }
    }

    @Test
    void refusesAGraphWhoseWidthDisagreesWithTheCard() {
        TestAutoencoder ae = TestAutoencoder.random(10, 3, 10);
        Path file = writeWithCard(ae, SMALL, false);
        assertThatThrownBy(() -> OnnxModel.load(file, CPU))
                .isInstanceOf(ModelRejectedException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("input width: ONNX graph takes 10 cells, card says 9");
    }

    @Test
    void refusesAModelWithoutCard() {
        Path file = dir.resolve("anonymous.onnx");
        TestAutoencoder.random(9, 3, 11).write(file, Map.of(), false);
        assertThatThrownBy(() -> OnnxModel.load(file, CPU))
                .isInstanceOf(ModelRejectedException.class)
                .hasMessageContaining("model card: none in the ONNX metadata (adtrigger.model_card)")
                .hasMessageContaining("anonymous.card.json");
    }

    @Test
    void namesEveryProblemOfAnIncompatibleModel() {
        Path file = dir.resolve("future.onnx");
        ModelCard card = TestModelCards.card(ModelCard.SCHEMA_VERSION + 1, SMALL, "reconstruction");
        TestAutoencoder.random(9, 3, 12).write(file, Map.of(ModelCard.ONNX_METADATA_KEY, ModelCardJson.toJson(card)), false);
        ScorerSettings requiringThesisLayout = new ScorerSettings(ScorerDevice.CPU, 1, "T4N6655");
        assertThatThrownBy(() -> OnnxModel.load(file, requiringThesisLayout))
                .isInstanceOfSatisfying(ModelRejectedException.class, e -> assertThat(e.problems()).hasSize(3))
                .hasMessageContaining("schema version: model has " + (ModelCard.SCHEMA_VERSION + 1))
                .hasMessageContaining("RMM preset: model uses T1N2, configuration requires T4N6655")
                .hasMessageContaining("score output: card names 'reconstruction', graph outputs [score]");
    }

    @Test
    void autoFallsBackToCpuWithOneLogLineWhenCudaIsAbsent() {
        assumeThat(OrtEnvironment.getAvailableProviders()).doesNotContain(OrtProvider.CUDA);
        Path file = writeWithCard(TestAutoencoder.random(9, 3, 13), SMALL, false);
        try (CapturedLog log = CapturedLog.of(SessionOpener.class);
             OnnxModel model = OnnxModel.load(file, ScorerSettings.DEFAULTS)) {
            assertThat(model.device()).isEqualTo(ScorerDevice.CPU);
            assertThat(log.lines()).singleElement().asString().contains("scorer.device=auto").contains("scoring on CPU");
        }
    }

    @Test
    void cudaFailsClearlyWhenTheBuildHasNoCudaProvider() {
        assumeThat(OrtEnvironment.getAvailableProviders()).doesNotContain(OrtProvider.CUDA);
        Path file = writeWithCard(TestAutoencoder.random(9, 3, 14), SMALL, false);
        assertThatThrownBy(() -> OnnxModel.load(file, ScorerSettings.DEFAULTS.withDevice(ScorerDevice.CUDA)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("scorer.device=cuda")
                .hasMessageContaining("-Pgpu");
    }

    @Test
    void rejectsBatchesLargerThanItsBuffers() {
        try (OnnxModel model = OnnxModel.load(writeWithCard(TestAutoencoder.random(9, 3, 15), SMALL, false), CPU);
             BatchScorer scorer = model.newScorer(4)) {
            assertThatThrownBy(() -> scorer.score(5, new float[5])).isInstanceOf(IllegalArgumentException.class);
            float[] untouched = {42f};
            scorer.score(0, untouched);
            assertThat(untouched).containsExactly(42f);
        }
    }

    private Path writeWithCard(TestAutoencoder ae, String layout, boolean scoreAsColumn) {
        return TestModelFiles.write(dir.resolve("ae-" + ae.width() + (scoreAsColumn ? "-column" : "") + ".onnx"),
                ae, layout, scoreAsColumn);
    }

    /** Fills n random events (non-negative, like RMM cells), scores them and compares with the reference. */
    private static void assertScoresMatch(TestAutoencoder ae, BatchScorer scorer, int n, Random random) {
        int width = scorer.inputWidth();
        float[] cells = new float[n * width];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = random.nextFloat();
            scorer.input().put(i, cells[i]);
        }
        float[] scores = new float[scorer.maxBatch()];
        scorer.score(n, scores);
        for (int k = 0; k < n; k++) {
            double expected = ae.score(cells, k * width);
            assertThat((double) scores[k]).as("event %d of %d", k, n).isCloseTo(expected, within(expected));
        }
    }

    private static Offset<Double> within(double expected) {
        return Offset.offset(1e-5 * Math.max(1, Math.abs(expected)));
    }
}
