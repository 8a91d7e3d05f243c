package org.adtrigger.core.stats;

/**
 * A significance Z with its statistical uncertainty.
 *
 * <p>Definitions, for s signal and b background events expected (Σw of each):
 * <ul>
 *   <li>simple: Z = s/√b;</li>
 *   <li>Asimov: Z_A = √(2((s+b)·ln(1+s/b) − s)), the median discovery significance of a counting
 *       experiment with known b (Cowan, Cranmer, Gross, Vitells, EPJC 71 (2011) 1554).</li>
 * </ul>
 *
 * <p>Uncertainty: first-order propagation of the Monte Carlo statistical errors σ_s² = Σw²_s and
 * σ_b² = Σw²_b, taken as independent (signal and background are different events):
 * σ_Z² = (∂Z/∂s)²σ_s² + (∂Z/∂b)²σ_b². For the simple Z, ∂Z/∂s = 1/√b and ∂Z/∂b = −s/(2b^{3/2}); for the
 * Asimov Z, ∂Z/∂s = ln(1+s/b)/Z and ∂Z/∂b = (ln(1+s/b) − s/b)/Z, with their limits 1/√b and 0 at s = 0.
 *
 * <p>Edge cases, chosen so that a streaming window never throws:
 * <ul>
 *   <li>b ≤ 0 or any NaN input: {@link #UNDEFINED} (both fields NaN): no background estimate, no Z;</li>
 *   <li>s &lt; 0 (a deficit, e.g. observed − expected in a window): Z is negative; for Asimov the sign of s
 *       is carried over, Z_A = −√(2((s+b)·ln(1+s/b) − s)), down to s = −b, where Z_A = −√(2b);</li>
 *   <li>s &lt; −b: Asimov is {@link #UNDEFINED} (the logarithm has no argument left).</li>
 * </ul>
 *
 * @param z     the significance
 * @param error its propagated uncertainty (0 when the inputs carry none)
 */
public record Significance(double z, double error) {

    public static final Significance UNDEFINED = new Significance(Double.NaN, Double.NaN);

    public boolean isDefined() {
        return !Double.isNaN(z);
    }

    /** s/√b without uncertainty. */
    public static Significance simple(double s, double b) {
        return simple(new WeightedCount(s, 0.0), new WeightedCount(b, 0.0));
    }

    /** s/√b with the uncertainty propagated from Σw². */
    public static Significance simple(WeightedCount signal, WeightedCount background) {
        double s = signal.sumW();
        double b = background.sumW();
        if (!defined(s, b)) {
            return UNDEFINED;
        }
        double sqrtB = Math.sqrt(b);
        return new Significance(s / sqrtB,
                propagate(1.0 / sqrtB, signal.sumW2(), -s / (2.0 * b * sqrtB), background.sumW2()));
    }

    /** The Asimov Z without uncertainty. */
    public static Significance asimov(double s, double b) {
        return asimov(new WeightedCount(s, 0.0), new WeightedCount(b, 0.0));
    }

    /** The Asimov Z with the uncertainty propagated from Σw². */
    public static Significance asimov(WeightedCount signal, WeightedCount background) {
        double s = signal.sumW();
        double b = background.sumW();
        if (!defined(s, b) || s < -b) {
            return UNDEFINED;
        }
        double x = s / b;
        double log = Math.log1p(x);
        // (s+b)·ln(1+s/b) is 0·(−∞) at s = −b; its limit there is 0.
        double sLog = s == -b ? 0.0 : (s + b) * log;
        double z = Math.copySign(Math.sqrt(Math.max(0.0, 2.0 * (sLog - s))), s);
        if (z == 0.0) {
            return new Significance(z, propagate(1.0 / Math.sqrt(b), signal.sumW2(), 0.0, background.sumW2()));
        }
        return new Significance(z, propagate(log / z, signal.sumW2(), (log - x) / z, background.sumW2()));
    }

    private static boolean defined(double s, double b) {
        return !Double.isNaN(s) && b > 0.0;
    }

    // A term with no variance contributes nothing, even where its derivative is infinite (Asimov at s = −b).
    private static double propagate(double dzds, double varS, double dzdb, double varB) {
        double v = 0.0;
        if (varS != 0.0) {
            v += dzds * dzds * varS;
        }
        if (varB != 0.0) {
            v += dzdb * dzdb * varB;
        }
        return Math.sqrt(v);
    }
}
