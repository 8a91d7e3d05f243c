package org.adtrigger.trainer.baseline;

import java.util.Iterator;
import java.util.stream.Stream;
import org.adtrigger.trainer.data.Batch;
import org.adtrigger.trainer.data.BatchSource;
import org.adtrigger.trainer.train.WeightedMean;

/**
 * A fitted baseline anomaly scorer: a Java reference of what its exported ONNX graph computes from the raw
 * RMM cells of an event (the graph is written by {@code onnx.BaselineExporter}, whose integration test checks
 * that both agree). Higher scores are more anomalous, as for the autoencoders.
 */
public sealed interface BaselineModel permits MetModel, PcaModel, IsolationForest, HistogramOutlierScore {
    /** Cells per raw event row. */
    int rawWidth();

    /** The raw cells the score can depend on, increasing (the model card's kept cells). */
    int[] keptCells();

    /** The score of one raw RMM row. */
    double score(float[] rawRow);

    /** The method and its fitted parameters in one line, for the model card. */
    String description();

    /** The model card's score definition (MET, MSE, IFOREST, HBOS). */
    String scoreDefinition();

    /** The model card's scaler (NONE where the method takes the raw cells). */
    String scaler();

    /** Σw·score / Σw over one pass of {@code source}; fails when the total weight is not positive. */
    default double weightedMeanScore(BatchSource source) {
        WeightedMean mean = new WeightedMean();
        try (Stream<Batch> batches = source.batches()) {
            for (Iterator<Batch> it = batches.iterator(); it.hasNext(); ) {
                Batch batch = it.next();
                for (int e = 0; e < batch.size(); e++) {
                    mean.add(score(batch.rows()[e]), batch.weights()[e]);
                }
            }
        }
        return mean.mean("scored");
    }

    /** Scores of a batch, in float as the graph returns them. */
    default float[] scores(float[][] rows) {
        float[] out = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = (float) score(rows[i]);
        }
        return out;
    }
}
