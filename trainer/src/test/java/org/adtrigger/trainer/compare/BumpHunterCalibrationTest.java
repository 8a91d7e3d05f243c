package org.adtrigger.trainer.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adtrigger.core.kinematics.EventMasses;
import org.adtrigger.core.stats.BumpHunter;
import org.adtrigger.core.stats.ExpectedSpectrum;
import org.adtrigger.core.stats.WeightedHistogram;
import org.adtrigger.ingest.gen.EventGenerator;
import org.adtrigger.ingest.gen.Mix;
import org.adtrigger.ingest.gen.ProcessCatalog;
import org.adtrigger.schema.Event;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bump hunt on generated SM m_ℓℓ spectra: calibrated (background-only global p-values uniform) and
 * sensitive (Z′ at 1 and 2 TeV injected at three yields is found at its mass, more significantly with more
 * events). The expectation is 100 000 generated SM events (σ mix) scaled to a "data" luminosity of a fifth
 * of theirs, with the compare command's floor of one average MC event per bin and, as compare hunts, its MC
 * statistical variance (Σw²); calibration is checked with b exact and with b uncertain.
 */
class BumpHunterCalibrationTest {
    private static final int MC_EVENTS = 100_000;
    private static final double DATA_FRACTION = 0.2;
    private static final int MAX_WIDTH = 6;
    private static final int PSEUDO_EXPERIMENTS = 5000;

    static double[] expected;
    static double[] variance;

    @BeforeAll
    static void expectation() {
        ExpectedSpectrum spectrum = new ExpectedSpectrum(Observable.MLL.binning(new double[0]));
        EventGenerator sm = EventGenerator.of(ProcessCatalog.parse("sm"), MC_EVENTS, 11, 10.0, Mix.SIGMA);
        while (sm.hasNext()) {
            Event e = sm.next();
            if (EventMasses.leptonCount(e.getObjects()) >= 2) {
                spectrum.fill(e.getSample(), EventMasses.leadingLeptonMass(e.getObjects()), DATA_FRACTION);
            }
        }
        expected = DataMcComparison.huntExpectation(spectrum, DATA_FRACTION);
        variance = DataMcComparison.huntVariance(spectrum, DATA_FRACTION);
    }

    /**
     * With the MC error in the hunt: background-only spectra thrown as the pseudo-experiments are (each bin's b
     * from its Gamma, then Poisson) give uniform global p-values (ties broken at random).
     */
    @Test
    void backgroundOnlyGlobalPValuesAreUniformWithMcError() {
        BumpHunter hunter = new BumpHunter(MAX_WIDTH);
        BumpHunter.Calibration calibration = hunter.calibrate(expected, variance, PSEUDO_EXPERIMENTS, 1, n -> { });
        Well19937c random = new Well19937c(2);
        double[] randomized = new double[300];
        for (int i = 0; i < randomized.length; i++) {
            BumpHunter.Window w = hunter.mostSignificant(uncertainToy(random), expected, variance);
            randomized[i] = calibration.randomizedGlobalP(w, random.nextDouble());
        }
        double ks = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new UniformRealDistribution(0, 1), randomized);
        System.out.printf(Locale.ROOT, "KS test of %d background-only global p-values (MC error in the hunt) against "
                + "U(0,1): randomised ties p = %.3f%n", randomized.length, ks);
        assertThat(ks).isGreaterThan(0.01);
    }

    @Test
    void backgroundOnlyGlobalPValuesAreUniform() {
        BumpHunter hunter = new BumpHunter(MAX_WIDTH);
        BumpHunter.Calibration calibration = hunter.calibrate(expected, PSEUDO_EXPERIMENTS, 1, n -> { });
        Well19937c random = new Well19937c(2);
        double[] reported = new double[300];
        double[] randomized = new double[reported.length];
        for (int i = 0; i < reported.length; i++) {
            BumpHunter.Window w = hunter.mostSignificant(toy(random), expected);
            reported[i] = calibration.result(w).globalP();
            randomized[i] = calibration.randomizedGlobalP(w, random.nextDouble());
        }
        double ks = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new UniformRealDistribution(0, 1), randomized);
        double ksReported = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new UniformRealDistribution(0, 1),
                reported);
        System.out.printf(Locale.ROOT, "KS test of %d background-only global p-values against U(0,1): randomised "
                + "ties p = %.3f; reported (conservative) k/N p = %.3g%n", reported.length, ks, ksReported);
        assertThat(ks).isGreaterThan(0.01);
        // the reported k/N is conservative: never more often below α than α (binomial 3σ allowance)
        for (double alpha : new double[] {0.01, 0.05, 0.1, 0.32, 0.5}) {
            long below = java.util.Arrays.stream(reported).filter(p -> p <= alpha).count();
            double allowance = 3 * Math.sqrt(reported.length * alpha * (1 - alpha));
            System.out.printf(Locale.ROOT, "  P(p <= %.2f) = %.3f%n", alpha, (double) below / reported.length);
            assertThat((double) below).as("p <= %s", alpha).isLessThanOrEqualTo(reported.length * alpha + allowance);
        }
    }

    @Test
    void injectedZPrimeIsFoundAtItsMassAndGrowsWithYield() {
        BumpHunter hunter = new BumpHunter(MAX_WIDTH);
        BumpHunter.Calibration calibration = hunter.calibrate(expected, variance, PSEUDO_EXPERIMENTS, 3, n -> { });
        WeightedHistogram binning = Observable.MLL.binning(new double[0]);
        int[] yields = {6, 12, 24};
        List<String> table = new ArrayList<>();
        table.add("| Z′ mass | injected events | window [GeV] | observed | expected | local Z | global Z |");
        table.add("| --- | --- | --- | --- | --- | --- | --- |");
        for (int mass : new int[] {1000, 2000}) {
            List<Double> signal = zPrimeMasses(mass);
            double[] background = toy(new Well19937c(4));
            double[] global = new double[yields.length];
            for (int y = 0; y < yields.length; y++) {
                double[] data = background.clone();
                for (int i = 0; i < yields[y]; i++) {
                    int bin = binning.binOf(signal.get(i));
                    if (bin >= 0 && bin < data.length) {
                        data[bin]++;
                    }
                }
                BumpHunter.Result r = calibration.result(hunter.mostSignificant(data, expected, variance));
                double low = binning.lowEdge(r.window().first());
                double high = binning.lowEdge(r.window().last() + 1);
                table.add(String.format(Locale.ROOT, "| %d GeV | %d | [%.0f, %.0f] | %.0f | %.2f | %.2f | %s%.2f |",
                        mass, yields[y], low, high, r.window().observed(), r.window().expected(),
                        r.window().localSignificance(), r.isBound() ? "> " : "", r.globalSignificance()));
                assertThat(mass).as("window of %d events at %d GeV", yields[y], mass).isBetween((int) low, (int) high);
                global[y] = r.globalSignificance();
            }
            assertThat(global[0]).as("global Z at %d GeV", mass).isLessThan(global[2]);
            assertThat(global[1]).as("global Z at %d GeV", mass).isLessThanOrEqualTo(global[2]);
            assertThat(global[0]).as("global Z at %d GeV", mass).isLessThanOrEqualTo(global[1]);
        }
        table.forEach(System.out::println);
    }

    private static double[] toy(Well19937c random) {
        double[] toy = new double[expected.length];
        for (int k = 0; k < toy.length; k++) {
            toy[k] = new PoissonDistribution(random, expected[k], PoissonDistribution.DEFAULT_EPSILON,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
        }
        return toy;
    }

    /** A background-only spectrum as the pseudo-experiments with MC error throw it. */
    private static double[] uncertainToy(Well19937c random) {
        double[] toy = new double[expected.length];
        for (int k = 0; k < toy.length; k++) {
            double b = new GammaDistribution(random, expected[k] * expected[k] / variance[k], variance[k] / expected[k],
                    GammaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY).sample();
            toy[k] = new PoissonDistribution(random, b, PoissonDistribution.DEFAULT_EPSILON,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
        }
        return toy;
    }

    /** m_ℓℓ of generated Z′ → ℓℓ events with two leptons, in generation order. */
    private static List<Double> zPrimeMasses(int mass) {
        List<Double> masses = new ArrayList<>();
        EventGenerator zPrime = EventGenerator.of("zprime:" + mass, 200, 5, 10.0);
        while (zPrime.hasNext()) {
            Event e = zPrime.next();
            if (EventMasses.leptonCount(e.getObjects()) >= 2) {
                masses.add(EventMasses.leadingLeptonMass(e.getObjects()));
            }
        }
        return masses;
    }
}
