package org.adtrigger.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

class PValuesTest {
    @Test
    void poissonTailByHand() {
        // P(N ≥ 5 | 1) = 1 − e^{-1}(1 + 1 + 1/2 + 1/6 + 1/24)
        double hand = 1 - Math.exp(-1) * (1 + 1 + 0.5 + 1.0 / 6 + 1.0 / 24);
        assertThat(PValues.atLeast(5, 1)).isCloseTo(hand, within(1e-12));
        assertThat(PValues.atLeast(0, 1)).isEqualTo(1.0);
        // P(N ≤ 2 | 3) = e^{-3}(1 + 3 + 4.5)
        assertThat(PValues.atMost(2, 3)).isCloseTo(Math.exp(-3) * 8.5, within(1e-12));
    }

    @Test
    void tailWithMcErrorByHand() {
        // b = 1, σ² = 1: τ = 1, shape τb + 1 = 2; P(N = k) = (k + 1)/2^{k+2}, so
        // P(N ≥ 3) = 1 − (1/4 + 2/8 + 3/16) = 5/16 = I_{1/2}(3, 2)
        assertThat(Math.exp(PValues.logAtLeastWithMcError(3, 1, 1))).isCloseTo(5.0 / 16, within(1e-12));
        // the MC error makes an excess less significant; without error it is the Poisson tail
        assertThat(PValues.logAtLeastWithMcError(10, 2, 1)).isGreaterThan(PValues.logAtLeast(10, 2));
        assertThat(PValues.logAtLeastWithMcError(10, 2, 0)).isEqualTo(PValues.logAtLeast(10, 2));
    }

    @Test
    void tailWithMcErrorStaysFiniteWherePUnderflowsAndTendsToPoisson() {
        // p ≈ 1e-870: the summed tail; with a tiny MC error it is the Poisson tail (up to the negative binomial's
        // extra width, a factor ≈ exp(n²/(2τb)) = exp(8e-6) here)
        double withError = PValues.logAtLeastWithMcError(400, 1, 1e-10);
        assertThat(withError).isLessThan(Math.log(1e-300)).isCloseTo(PValues.logAtLeast(400, 1), within(1e-4));
        // on both sides of 1e-300 (incomplete beta above, the summed tail below) it is the negative binomial
        // tail summed term by term: n = 120 over b = 2 ± 0.5 has p ≈ 1e-93, n = 400 p ≈ 1e-353
        double beta = PValues.logAtLeastWithMcError(120, 2, 0.25);
        assertThat(beta).isGreaterThan(Math.log(1e-300)).isCloseTo(negativeBinomialLogTail(120, 2, 0.25), within(1e-6));
        double series = PValues.logAtLeastWithMcError(400, 2, 0.25);
        assertThat(series).isLessThan(Math.log(1e-300)).isCloseTo(negativeBinomialLogTail(400, 2, 0.25), within(1e-6));
    }

    /** ln Σ_{k ≥ n} P(N = k) for Poisson N around a Gamma(τb + 1, rate τ) b, each term from ln Γ, summed. */
    private static double negativeBinomialLogTail(int n, double b, double variance) {
        double tau = b / variance;
        double shape = tau * b + 1;
        double[] logs = new double[5000];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logs.length; i++) {
            int k = n + i;
            logs[i] = Gamma.logGamma(k + shape) - Gamma.logGamma(shape) - Gamma.logGamma(k + 1.0)
                    + k * Math.log(1 / (1 + tau)) + shape * Math.log(tau / (1 + tau));
            max = Math.max(max, logs[i]);
        }
        double sum = 0;
        for (double l : logs) {
            sum += Math.exp(l - max);
        }
        return max + Math.log(sum);
    }

    @Test
    void significanceOfKnownPValues() {
        assertThat(PValues.significance(0.5)).isCloseTo(0.0, within(1e-12));
        assertThat(PValues.significance(0.15865525393145707)).isCloseTo(1.0, within(1e-9));
        assertThat(PValues.significance(2.866515718791939e-7)).isCloseTo(5.0, within(1e-7));
        assertThat(PValues.significance(0.8413447460685429)).isCloseTo(-1.0, within(1e-9));
    }

    @Test
    void farTailRoundTrips() {
        for (double z : new double[] {8.0, 10.0, 20.0, 30.0}) {
            assertThat(PValues.significance(PValues.pValue(z))).as("Z = %s", z).isCloseTo(z, within(1e-6));
        }
        // Q(8) = 6.22096e-16
        assertThat(PValues.significance(6.220960574271785e-16)).isCloseTo(8.0, within(1e-6));
    }

    @Test
    void logarithmicTailJoinsTheDirectOne() {
        // 1/170! ≈ 1.4e-307: still a double, but below the 1e-300 switch to the series
        double direct = Math.log(org.apache.commons.math3.special.Gamma.regularizedGammaP(170, 1));
        assertThat(PValues.logAtLeast(170, 1)).isCloseTo(direct, within(1e-9 * Math.abs(direct)));
        // far below a double: P(N ≥ 500 | 1) ≈ e^{-1}/500! · (1 + 1/501 + …), ln 500! = 2611.330
        assertThat(PValues.logAtLeast(500, 1)).isCloseTo(-1 - 2611.3304584 + Math.log1p(1.0 / 501 + 1.0 / (501 * 502)),
                within(1e-6));
    }

    @Test
    void significanceOfAnUnderflowingPValue() {
        // ln Q(40) = −800 − ln(40√(2π)) + ln(1 − 1/1600 + 3/1600²) = −804.60845
        double logQ40 = -800 - Math.log(40 * Math.sqrt(2 * Math.PI)) + Math.log1p(-1.0 / 1600 + 3.0 / (1600.0 * 1600));
        assertThat(logQ40).isCloseTo(-804.60845, within(1e-4));
        assertThat(PValues.significanceOfLog(logQ40)).isCloseTo(40.0, within(1e-6));
    }
}
