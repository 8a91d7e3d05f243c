package org.adtrigger.trainer.baseline;

import java.util.Iterator;
import java.util.stream.Stream;
import org.adtrigger.trainer.data.Batch;
import org.adtrigger.trainer.data.BatchSource;
import org.adtrigger.trainer.preprocess.Preprocessor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Weighted mean and covariance of the scaled kept cells over one pass, in double: Σw, Σw·z and Σw·z·zᵀ, the
 * last one a BLAS product per batch (Z_wᵀ·Z), which is what makes a pass over 10⁵ events × 400 cells take
 * seconds. Weights are used as given, negative ones included (an unbiased estimate from an MC sample with
 * negative weights); only the total must be positive.
 *
 * @param weightSum  Σw
 * @param mean       Σw·z / Σw
 * @param covariance Σw·(z − mean)(z − mean)ᵀ / Σw (population form)
 * @param events     events seen
 */
record WeightedMoments(double weightSum, double[] mean, double[][] covariance, long events) {

    static WeightedMoments of(BatchSource source, Preprocessor preprocessor) {
        int d = preprocessor.keptWidth();
        INDArray outer = Nd4j.zeros(DataType.DOUBLE, d, d);
        double[] sum = new double[d];
        double weightSum = 0;
        long events = 0;
        float[] scaled = new float[d];
        try (Stream<Batch> batches = source.batches()) {
            for (Iterator<Batch> it = batches.iterator(); it.hasNext(); ) {
                Batch batch = it.next();
                int n = batch.size();
                double[] z = new double[n * d];
                double[] weightedZ = new double[n * d];
                for (int e = 0; e < n; e++) {
                    preprocessor.scale(batch.rows()[e], scaled);
                    double w = batch.weights()[e];
                    weightSum += w;
                    for (int k = 0; k < d; k++) {
                        z[e * d + k] = scaled[k];
                        weightedZ[e * d + k] = w * scaled[k];
                        sum[k] += w * scaled[k];
                    }
                }
                events += n;
                Nd4j.gemm(Nd4j.create(weightedZ, new long[] {n, d}, DataType.DOUBLE),
                        Nd4j.create(z, new long[] {n, d}, DataType.DOUBLE), outer, true, false, 1.0, 1.0);
            }
        }
        if (events == 0) {
            throw new IllegalStateException("no training event to compute a covariance from");
        }
        if (!(weightSum > 0)) {
            throw new IllegalStateException("the total weight of the training events is " + weightSum
                    + "; a weighted covariance needs it positive");
        }
        double[] mean = new double[d];
        for (int k = 0; k < d; k++) {
            mean[k] = sum[k] / weightSum;
        }
        double[][] covariance = outer.toDoubleMatrix();
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                covariance[i][j] = covariance[i][j] / weightSum - mean[i] * mean[j];
            }
        }
        return new WeightedMoments(weightSum, mean, covariance, events);
    }
}
