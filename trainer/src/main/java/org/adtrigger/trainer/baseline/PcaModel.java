package org.adtrigger.trainer.baseline;

import java.util.Locale;
import org.adtrigger.trainer.preprocess.Preprocessor;

/**
 * PCA reconstruction error, a linear autoencoder with tied weights: scale the kept cells as the autoencoders
 * do (z), centre (c = z − μ), project onto the first k principal axes V (d × k) and back, and take the mean
 * squared error over the d kept cells: score = mean((c·V·Vᵀ − c)²). The constants are held in float, the
 * values the exported graph multiplies by.
 */
public final class PcaModel implements BaselineModel {
    private final Preprocessor preprocessor;
    private final float[] mean;
    private final float[] components;
    private final int k;
    private final double explainedVariance;

    /**
     * @param mean              weighted mean of the scaled cells (d)
     * @param axes              the k principal axes, each a unit vector of d entries
     * @param explainedVariance fraction of the variance the k axes explain
     */
    PcaModel(Preprocessor preprocessor, double[] mean, double[][] axes, double explainedVariance) {
        int d = preprocessor.keptWidth();
        if (mean.length != d) {
            throw new IllegalArgumentException("mean of " + mean.length + " cells for " + d + " kept cells");
        }
        this.preprocessor = preprocessor;
        this.k = axes.length;
        this.explainedVariance = explainedVariance;
        this.mean = new float[d];
        this.components = new float[d * k];
        for (int c = 0; c < d; c++) {
            this.mean[c] = (float) mean[c];
            for (int j = 0; j < k; j++) {
                components[c * k + j] = (float) axes[j][c];
            }
        }
    }

    public Preprocessor preprocessor() {
        return preprocessor;
    }

    /** The weighted mean of the scaled cells, as float. */
    public float[] mean() {
        return mean.clone();
    }

    /** V, d × k row-major: entry (cell c, axis j) at c·k + j. */
    public float[] components() {
        return components.clone();
    }

    public int axes() {
        return k;
    }

    public double explainedVariance() {
        return explainedVariance;
    }

    @Override
    public int rawWidth() {
        return preprocessor.rawWidth();
    }

    @Override
    public int[] keptCells() {
        return preprocessor.keptCells();
    }

    @Override
    public double score(float[] rawRow) {
        int d = mean.length;
        float[] centred = new float[d];
        preprocessor.scale(rawRow, centred);
        for (int c = 0; c < d; c++) {
            centred[c] -= mean[c];
        }
        double[] code = new double[k];
        for (int c = 0; c < d; c++) {
            for (int j = 0; j < k; j++) {
                code[j] += (double) centred[c] * components[c * k + j];
            }
        }
        double sum = 0;
        for (int c = 0; c < d; c++) {
            double reconstructed = 0;
            for (int j = 0; j < k; j++) {
                reconstructed += code[j] * components[c * k + j];
            }
            double diff = reconstructed - centred[c];
            sum += diff * diff;
        }
        return sum / d;
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "pca (k = %d of %d axes, %.2f %% of the weighted variance) %d-%d-%d", k,
                mean.length, 100 * explainedVariance, mean.length, k, mean.length);
    }

    @Override
    public String scoreDefinition() {
        return "MSE";
    }

    @Override
    public String scaler() {
        return preprocessor.scaling().name();
    }
}
