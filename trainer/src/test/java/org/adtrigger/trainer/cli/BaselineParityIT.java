package org.adtrigger.trainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.core.stats.ScoreScale;
import org.adtrigger.scoring.BatchScorer;
import org.adtrigger.card.ModelCardJson;
import org.adtrigger.scoring.onnx.OnnxModel;
import org.adtrigger.scoring.onnx.ScorerDevice;
import org.adtrigger.scoring.onnx.ScorerSettings;
import org.adtrigger.trainer.api.ModelCardFactory;
import org.adtrigger.trainer.baseline.BaselineFitter;
import org.adtrigger.trainer.baseline.BaselineMethod;
import org.adtrigger.trainer.baseline.BaselineModel;
import org.adtrigger.trainer.baseline.BaselineOptions;
import org.adtrigger.trainer.data.Batch;
import org.adtrigger.trainer.onnx.BaselineExporter;
import org.adtrigger.trainer.pipeline.RmmBatchSource;
import org.adtrigger.trainer.pipeline.Split;
import org.adtrigger.trainer.pipeline.SplitAssignment;
import org.adtrigger.testsupport.TestArchives;
import org.adtrigger.trainer.preprocess.Scaling;
import org.adtrigger.trainer.thresholds.ThresholdCalculator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fits each baseline on generated SM events, exports it, loads it with the stream's own scorer (ONNX Runtime)
 * and checks that ORT's scores equal the Java reference's on real rows (SM and Z′) and on random ones.
 */
class BaselineParityIT {
    private static final RmmLayout LAYOUT = RmmLayout.parse("T4N6655");
    /** Float graph against double reference: rounding of the float constants and sums, well below 1e-5. */
    private static final double RELATIVE_TOLERANCE = 1e-5;

    @TempDir
    static Path dir;
    /** E_T^miss cell filled for every event, as the met baseline has it; the other cells as with the defaults. */
    private static final RmmOptions PROBE_OPTIONS = RmmOptions.DEFAULTS.withMetThreshold(0);

    static Path sm;
    static SplitAssignment split = new SplitAssignment(SplitAssignment.DEFAULT_VALIDATION_FRACTION);
    static float[][] probes;

    @BeforeAll
    static void data() throws IOException {
        sm = TestArchives.write(dir.resolve("sm.avro"), "sm", 3000, 5);
        Path zprime = TestArchives.write(dir.resolve("zprime.avro"), "zprime:2000", 200, 6);
        List<float[]> rows = new ArrayList<>();
        rows.addAll(rowsOf(source(sm, PROBE_OPTIONS, Split.VALIDATION)));
        rows.addAll(rowsOf(source(zprime, PROBE_OPTIONS, Split.TRAINING)));
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 300; i++) {
            float[] row = new float[LAYOUT.cells()];
            for (int c = 0; c < row.length; c++) {
                // mostly empty like a real RMM, the rest anywhere from a little below 0 to beyond the training range
                row[c] = random.nextInt(4) == 0 ? (float) (random.nextDouble() * 0.6 - 0.05) : 0f;
            }
            rows.add(row);
        }
        probes = rows.toArray(float[][]::new);
    }

    private static RmmBatchSource source(Path archive, RmmOptions options, Split part) {
        return new RmmBatchSource(List.of(archive), LAYOUT, options, SelectionPreset.byId("none"), split, part, 256);
    }

    private static List<float[]> rowsOf(RmmBatchSource source) {
        try (Stream<Batch> batches = source.batches()) {
            return batches.flatMap(b -> Stream.of(b.rows())).toList();
        }
    }

    @ParameterizedTest
    @EnumSource(BaselineMethod.class)
    void onnxRuntimeScoresEqualTheJavaReference(BaselineMethod method) throws IOException {
        BaselineOptions options = new BaselineOptions(Scaling.MIN_MAX, 0.95, null, 40, 128, 3, null);
        RmmOptions rmmOptions = method.rmmOptions(RmmOptions.DEFAULTS);
        BaselineModel model = BaselineFitter.fit(method, source(sm, rmmOptions, Split.TRAINING), LAYOUT.cells(),
                options);
        float[] reference = model.scores(probes);
        double[] scores = new double[reference.length];
        double[] weights = new double[reference.length];
        for (int i = 0; i < reference.length; i++) {
            scores[i] = reference[i];
            weights[i] = 1;
        }
        ModelCard card = ModelCardFactory.create("parity-" + method.id(), LAYOUT, rmmOptions,
                SelectionPreset.byId("none"), model,
                ThresholdCalculator.compute(scores, weights, ScoreScale.SCORE, 10_000).thresholds(), null);
        Path file = dir.resolve(method.id() + ".onnx");
        BaselineExporter.export(model, ModelCardJson.toJson(card), file);

        float[] ort = new float[probes.length];
        try (OnnxModel onnx = OnnxModel.load(file, new ScorerSettings(ScorerDevice.CPU, 1, null));
             BatchScorer scorer = onnx.newScorer(256)) {
            assertThat(onnx.card().architecture()).isEqualTo(model.description());
            float[] batchScores = new float[256];
            for (int start = 0; start < probes.length; start += 256) {
                int n = Math.min(256, probes.length - start);
                FloatBuffer input = scorer.input();
                for (int e = 0; e < n; e++) {
                    input.put(e * LAYOUT.cells(), probes[start + e]);
                }
                scorer.score(n, batchScores);
                System.arraycopy(batchScores, 0, ort, start, n);
            }
        }
        double worst = 0;
        for (int i = 0; i < probes.length; i++) {
            double exact = model.score(probes[i]);
            double deviation = Math.abs(ort[i] - exact) / Math.max(Math.abs(exact), Float.MIN_NORMAL);
            worst = Math.max(worst, deviation);
        }
        System.out.printf("%s: worst relative deviation ORT vs Java over %d rows: %.3g%n", method.id(), probes.length,
                worst);
        assertThat(worst).as(method.id()).isLessThan(RELATIVE_TOLERANCE);
    }
}
