package org.adtrigger.testsupport.onnx;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

/**
 * A one-hidden-layer autoencoder with random weights whose score is the mean squared reconstruction
 * error — the shape of the trainer's exported models — written as ONNX, plus the same score computed
 * in plain Java (double precision) as the independent reference.
 */
public final class TestAutoencoder {
    static final String INPUT = "rmm";
    public static final String SCORE = "score";

    private final int width;
    private final int hidden;
    private final float[] w1;
    private final float[] b1;
    private final float[] w2;
    private final float[] b2;

    private TestAutoencoder(int width, int hidden, Random random) {
        this.width = width;
        this.hidden = hidden;
        this.w1 = gaussian(random, width * hidden, 1.0 / Math.sqrt(width));
        this.b1 = gaussian(random, hidden, 0.1);
        this.w2 = gaussian(random, hidden * width, 1.0 / Math.sqrt(hidden));
        this.b2 = gaussian(random, width, 0.1);
    }

    public static TestAutoencoder random(int width, int hidden, long seed) {
        return new TestAutoencoder(width, hidden, new Random(seed));
    }

    /**
     * A network whose weights and biases are all 0: it reconstructs nothing, so the score is the mean squared
     * cell, large for hard, massive events (a 2 TeV resonance) and small for a Z: a stand-in for a trained
     * model where a test needs the signal to be anomalous.
     */
    public static TestAutoencoder blind(int width, int hidden) {
        TestAutoencoder ae = new TestAutoencoder(width, hidden, new Random(0));
        java.util.Arrays.fill(ae.w1, 0f);
        java.util.Arrays.fill(ae.b1, 0f);
        java.util.Arrays.fill(ae.w2, 0f);
        java.util.Arrays.fill(ae.b2, 0f);
        return ae;
    }

    public int width() {
        return width;
    }

    /** Writes the model; {@code scoreAsColumn} gives the score output shape [batch, 1] instead of [batch]. */
    public void write(Path file, Map<String, String> metadata, boolean scoreAsColumn) {
        new TestOnnxGraph()
                .input(INPUT, -1, width)
                .initializer("w1", w1, width, hidden)
                .initializer("b1", b1, hidden)
                .initializer("w2", w2, hidden, width)
                .initializer("b2", b2, width)
                .node("Gemm", new String[] {INPUT, "w1", "b1"}, "h")
                .node("Relu", new String[] {"h"}, "a")
                .node("Gemm", new String[] {"a", "w2", "b2"}, "recon")
                .node("Sub", new String[] {"recon", INPUT}, "diff")
                .node("Mul", new String[] {"diff", "diff"}, "sq")
                .node("ReduceMean", new String[] {"sq"}, SCORE, TestOnnxGraph.intsAttribute("axes", 1),
                        TestOnnxGraph.intAttribute("keepdims", scoreAsColumn ? 1 : 0))
                .output(SCORE, scoreAsColumn ? new long[] {-1, 1} : new long[] {-1})
                .write(file, metadata);
    }

    /** The reference score of the event whose cells start at {@code offset} of {@code cells}. */
    public double score(float[] cells, int offset) {
        double[] activation = new double[hidden];
        for (int h = 0; h < hidden; h++) {
            double sum = b1[h];
            for (int i = 0; i < width; i++) {
                sum += cells[offset + i] * (double) w1[i * hidden + h];
            }
            activation[h] = Math.max(0, sum);
        }
        double squares = 0;
        for (int o = 0; o < width; o++) {
            double sum = b2[o];
            for (int h = 0; h < hidden; h++) {
                sum += activation[h] * w2[h * width + o];
            }
            double d = sum - cells[offset + o];
            squares += d * d;
        }
        return squares / width;
    }

    private static float[] gaussian(Random random, int n, double scale) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (random.nextGaussian() * scale);
        }
        return values;
    }
}
