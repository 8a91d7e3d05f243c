package org.adtrigger.trainer.baseline;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.adtrigger.trainer.data.BatchSource;
import org.adtrigger.trainer.preprocess.Preprocessor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Principal axes of the scaled kept RMM cells (the autoencoders' input space) under the events' MC weights:
 * the eigen-decomposition (LAPACK's symmetric solver through ND4J) of the weighted covariance, axes sorted by
 * decreasing variance. Negative weights can make the estimated covariance slightly indefinite; negative
 * eigenvalues then count as zero variance.
 */
public final class PrincipalComponents {
    private final Preprocessor preprocessor;
    private final double[] mean;
    private final double[] variances;
    private final double[][] axes;

    private PrincipalComponents(Preprocessor preprocessor, double[] mean, double[] variances, double[][] axes) {
        this.preprocessor = preprocessor;
        this.mean = mean;
        this.variances = variances;
        this.axes = axes;
    }

    /** One pass over {@code training}, scaled with {@code preprocessor}. */
    public static PrincipalComponents fit(BatchSource training, Preprocessor preprocessor) {
        WeightedMoments moments = WeightedMoments.of(training, preprocessor);
        return of(preprocessor, moments.mean(), moments.covariance());
    }

    /** The axes of a given mean and covariance (of the preprocessor's scaled cells). */
    static PrincipalComponents of(Preprocessor preprocessor, double[] mean, double[][] covariance) {
        int d = mean.length;
        INDArray matrix = Nd4j.createFromArray(covariance).castTo(DataType.DOUBLE);
        // LAPACK syev: eigenvalues ascending, the matrix overwritten by the eigenvectors as its columns
        double[] eigenvalues = Eigen.symmetricGeneralizedEigenvalues(matrix, true).toDoubleVector();
        double[][] vectors = matrix.toDoubleMatrix();
        Integer[] order = IntStream.range(0, d).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> eigenvalues[i]).reversed());
        double[] variances = new double[d];
        double[][] axes = new double[d][d];
        for (int r = 0; r < d; r++) {
            int i = order[r];
            variances[r] = Math.max(0, eigenvalues[i]);
            for (int c = 0; c < d; c++) {
                axes[r][c] = vectors[c][i];
            }
        }
        return new PrincipalComponents(preprocessor, mean.clone(), variances, axes);
    }

    /** Variance along each axis (eigenvalue, negatives set to 0), decreasing. */
    public double[] variances() {
        return variances.clone();
    }

    /** Each axis's share of the total variance, decreasing; they sum to 1 (the scree). */
    public double[] explainedVarianceRatios() {
        double total = Arrays.stream(variances).sum();
        if (!(total > 0)) {
            throw new IllegalStateException("the scaled cells have no variance: every training event is the same");
        }
        return Arrays.stream(variances).map(v -> v / total).toArray();
    }

    /** The smallest k whose first k axes explain at least {@code fraction} of the variance. */
    public int componentsFor(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("the explained-variance fraction must be in (0, 1], got " + fraction);
        }
        double[] ratios = explainedVarianceRatios();
        double cumulative = 0;
        for (int k = 0; k < ratios.length; k++) {
            cumulative += ratios[k];
            // the ratios sum to 1 only up to rounding, so fraction 1 must still be reachable
            if (cumulative >= fraction - 1e-12) {
                return k + 1;
            }
        }
        return ratios.length;
    }

    /** Unit vector of axis {@code index} (0 = largest variance) in scaled-cell space. */
    public double[] axis(int index) {
        return axes[index].clone();
    }

    /** The weighted mean of the scaled cells. */
    public double[] mean() {
        return mean.clone();
    }

    public int dimension() {
        return mean.length;
    }

    /** The reconstruction-error model on the first {@code k} axes. */
    public PcaModel model(int k) {
        if (k < 1 || k > dimension()) {
            throw new IllegalArgumentException("the number of principal axes must be in 1.." + dimension()
                    + ", got " + k);
        }
        double explained = Arrays.stream(explainedVarianceRatios()).limit(k).sum();
        return new PcaModel(preprocessor, mean, Arrays.copyOf(axes, k), explained);
    }
}
