package org.adtrigger.trainer.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.adtrigger.trainer.data.Batch;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

/** Turns batches into the placeholder arrays of a model graph. */
final class BatchFeeder {
    /** Order of the feature arrays of a training {@link MultiDataSet}; the training config maps them by it. */
    static final String[] AUTOENCODER_FEATURES = {GraphNames.RAW, GraphNames.WEIGHT, GraphNames.LOSS_NORM};
    static final String[] VARIATIONAL_FEATURES =
            {GraphNames.RAW, GraphNames.WEIGHT, GraphNames.LOSS_NORM, GraphNames.EPSILON};

    private final int codeWidth;
    private final boolean variational;

    BatchFeeder(int codeWidth, boolean variational) {
        this.codeWidth = codeWidth;
        this.variational = variational;
    }

    String[] featureNames() {
        return variational ? VARIATIONAL_FEATURES : AUTOENCODER_FEATURES;
    }

    /** Placeholders for the score and the per-event loss on the mean path (VAE noise all zero). */
    Map<String, INDArray> meanPath(float[][] rows) {
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(GraphNames.RAW, Nd4j.create(rows));
        if (variational) {
            feed.put(GraphNames.EPSILON, Nd4j.zeros(DataType.FLOAT, rows.length, codeWidth));
        }
        return feed;
    }

    /** Placeholders of the batch loss Σ w·ℓ / lossNorm; VAE noise drawn from {@code noise}. */
    Map<String, INDArray> training(Batch batch, double lossNorm, Random noise) {
        INDArray[] features = trainingFeatures(batch, lossNorm, noise);
        Map<String, INDArray> feed = new HashMap<>();
        String[] names = featureNames();
        for (int i = 0; i < names.length; i++) {
            feed.put(names[i], features[i]);
        }
        return feed;
    }

    MultiDataSet trainingSet(Batch batch, double lossNorm, Random noise) {
        return new MultiDataSet(trainingFeatures(batch, lossNorm, noise), null);
    }

    private INDArray[] trainingFeatures(Batch batch, double lossNorm, Random noise) {
        INDArray rows = Nd4j.create(batch.rows());
        INDArray weights = Nd4j.createFromArray(batch.weights());
        INDArray norm = Nd4j.scalar((float) lossNorm);
        if (!variational) {
            return new INDArray[] {rows, weights, norm};
        }
        float[] eps = new float[batch.size() * codeWidth];
        for (int i = 0; i < eps.length; i++) {
            eps[i] = (float) noise.nextGaussian();
        }
        return new INDArray[] {rows, weights, norm, Nd4j.create(eps, new long[] {batch.size(), codeWidth}, 'c')};
    }
}
