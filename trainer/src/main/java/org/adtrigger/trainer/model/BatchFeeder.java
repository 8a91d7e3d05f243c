package org.adtrigger.trainer.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.adtrigger.trainer.data.Batch;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Turns batches into the placeholder arrays of a model graph. */
final class BatchFeeder {
    private final int rawWidth;
    private final int codeWidth;
    private final boolean variational;

    BatchFeeder(int rawWidth, int codeWidth, boolean variational) {
        this.rawWidth = rawWidth;
        this.codeWidth = codeWidth;
        this.variational = variational;
    }

    /** Placeholders for the score and the per-event loss on the mean path (VAE noise all zero). */
    Map<String, INDArray> meanPath(float[][] rows) {
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(GraphNames.RAW, rawRows(rows));
        if (variational) {
            feed.put(GraphNames.EPSILON, Nd4j.zeros(DataType.FLOAT, rows.length, codeWidth));
        }
        return feed;
    }

    /** Placeholders of the batch loss Σ w·ℓ / lossNorm; VAE noise drawn from {@code noise}. */
    Map<String, INDArray> training(Batch batch, double lossNorm, Random noise) {
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(GraphNames.RAW, rawRows(batch.rows()));
        feed.put(GraphNames.WEIGHT, Nd4j.createFromArray(batch.weights()));
        feed.put(GraphNames.LOSS_NORM, Nd4j.scalar((float) lossNorm));
        if (variational) {
            float[] eps = new float[batch.size() * codeWidth];
            for (int i = 0; i < eps.length; i++) {
                eps[i] = (float) noise.nextGaussian();
            }
            feed.put(GraphNames.EPSILON, Nd4j.create(eps, new long[] {batch.size(), codeWidth}, 'c'));
        }
        return feed;
    }

    /** The rows as a matrix, after checking their width, which SameDiff would report far less clearly. */
    private INDArray rawRows(float[][] rows) {
        if (rows.length == 0 || rows[0].length != rawWidth) {
            throw new IllegalArgumentException("the model takes rows of " + rawWidth + " raw cells, got "
                    + (rows.length == 0 ? "no rows" : rows[0].length + " cells"));
        }
        return Nd4j.create(rows);
    }
}
