package org.adtrigger.trainer.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtException;
import java.util.Arrays;
import java.util.Random;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.trainer.LowRankData;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.trainer.data.BatchSource;
import org.adtrigger.trainer.model.AnomalyModel;
import org.adtrigger.trainer.model.Objective;
import org.adtrigger.trainer.model.ReconstructionError;
import org.adtrigger.trainer.model.ScoredBatch;
import org.adtrigger.trainer.preprocess.CellStatistics;
import org.adtrigger.trainer.preprocess.Scaling;
import org.adtrigger.trainer.train.Trainer;
import org.adtrigger.trainer.train.TrainingListener;
import org.adtrigger.trainer.train.TrainingOptions;
import org.junit.jupiter.api.Test;

/**
 * The exported ONNX graph must compute what the SameDiff model computes. Each model is trained for one short
 * epoch first so that biases and the scaler are not trivial, then both score the same 10 000 random rows of
 * the 529-cell T4N6655 width (60 cells always zero in training, so the mask drops them).
 */
class OnnxParityIT {
    private static final int WIDTH = 529;
    private static final double MAX_RELATIVE_ERROR = 1e-4;
    private static final LowRankData DATA = new LowRankData(WIDTH, 12, 60, 0.05, 3);
    private static final BatchSource TRAIN = DATA.source(1024, 1, 256);
    private static final float[][] INPUTS = randomRows(10_000, 99);

    @Test
    void aeSmallMatches() throws OrtException {
        assertParity(trained("ae-small", Scaling.STANDARD, Objective.of(ReconstructionError.MSE)));
    }

    @Test
    void aeLargeWithSigmoidOutputMatches() throws OrtException {
        assertParity(trained("ae-large:leakyrelu:sigmoid", Scaling.MIN_MAX, Objective.of(ReconstructionError.MSE)));
    }

    @Test
    void vaeMeanPathWithKlTermMatches() throws OrtException {
        assertParity(trained("vae:256,64,256:elu", Scaling.STANDARD,
                new Objective(ReconstructionError.MAE, 0.1, 0.5)));
    }

    @Test
    void vaeMeanPathWithoutKlTermMatches() throws OrtException {
        assertParity(trained("vae-small:tanh", Scaling.STANDARD, new Objective(ReconstructionError.MSE, 1.0, 0)));
    }

    @Test
    void batchDimensionIsDynamicAndMetadataRoundTrips() throws OrtException {
        AnomalyModel model = trained("ae-small", Scaling.STANDARD, Objective.of(ReconstructionError.MSE));
        String card = "{\"preset\":\"T4N6655\",\"note\":\"ünïcode ✓\"}";
        try (OrtScorer ort = new OrtScorer(OnnxExporter.toBytes(model, card))) {
            for (int n : new int[] {1, 777}) {
                float[][] rows = Arrays.copyOf(INPUTS, n);
                OrtScorer.Output out = ort.run(rows);
                assertThat(out.scores()).hasSize(n);
                assertThat(maxRelativeError(out.scores(), model.score(rows).scores())).isLessThan(MAX_RELATIVE_ERROR);
            }
            assertThat(ort.session().getMetadata().getCustomMetadata()).containsEntry(ModelCard.ONNX_METADATA_KEY, card);
            assertThat(ort.session().getMetadata().getProducerName()).isEqualTo(OnnxExporter.PRODUCER);
            assertThat(ort.session().getInputInfo().get(OnnxExporter.INPUT).getInfo().toString())
                    .contains("shape=[-1, 529]");
        }
    }

    private static void assertParity(AnomalyModel model) throws OrtException {
        ScoredBatch expected = model.score(INPUTS);
        OrtScorer.Output actual;
        try (OrtScorer ort = new OrtScorer(OnnxExporter.toBytes(model, "{}"))) {
            actual = ort.run(INPUTS);
        }
        int kept = model.preprocessor().keptWidth();
        assertThat(actual.reconstruction()).hasSize(INPUTS.length * kept);
        double scoreError = maxRelativeError(actual.scores(), expected.scores());
        double reconstructionError = 0;
        for (int i = 0; i < INPUTS.length; i++) {
            float[] row = Arrays.copyOfRange(actual.reconstruction(), i * kept, (i + 1) * kept);
            reconstructionError = Math.max(reconstructionError, normwiseError(row, expected.reconstruction()[i]));
        }
        System.out.printf("parity %s: max relative error score %.2e, reconstruction %.2e%n",
                model.architecture(), scoreError, reconstructionError);
        assertThat(scoreError).isLessThan(MAX_RELATIVE_ERROR);
        assertThat(reconstructionError).isLessThan(MAX_RELATIVE_ERROR);
    }

    /** Element-wise: max |a − e| / |e| (scores are positive, never near zero here). */
    private static double maxRelativeError(float[] actual, float[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        double max = 0;
        for (int i = 0; i < actual.length; i++) {
            max = Math.max(max, Math.abs(actual[i] - expected[i]) / Math.abs(expected[i]));
        }
        return max;
    }

    /**
     * Norm-wise, for one event's reconstruction: max |a − e| / max |e|. A dot product's rounding error scales
     * with its terms, not its result, so a cell whose reconstruction happens to land near zero would turn
     * float rounding into an arbitrarily large element-wise ratio.
     */
    private static double normwiseError(float[] actual, float[] expected) {
        double diff = 0;
        double scale = 0;
        for (int c = 0; c < actual.length; c++) {
            diff = Math.max(diff, Math.abs(actual[c] - expected[c]));
            scale = Math.max(scale, Math.abs(expected[c]));
        }
        return diff / scale;
    }

    private static AnomalyModel trained(String architecture, Scaling scaling, Objective objective) {
        AnomalyModel model = AnomalyModel.create(Architectures.parse(architecture),
                CellStatistics.collect(TRAIN).preprocessor(scaling), objective, 17);
        new Trainer(new TrainingOptions(1, 1e-3, 1, 0, 5), TrainingListener.none()).train(model, TRAIN, TRAIN);
        return model;
    }

    private static float[][] randomRows(int n, long seed) {
        Random r = new Random(seed);
        float[][] rows = new float[n][WIDTH];
        for (float[] row : rows) {
            for (int c = 0; c < WIDTH; c++) {
                row[c] = (float) (2 * r.nextGaussian());
            }
        }
        return rows;
    }
}
