package org.adtrigger.ingest.gen;

/**
 * A cross section tabulated against a mass, interpolated linearly in log σ (cross sections fall
 * roughly exponentially with mass). Masses outside the table are refused rather than extrapolated.
 */
final class CrossSectionTable {
    private final double[] masses;
    private final double[] logSigma;

    /** @param massesAndSigmas pairs (mass [GeV], σ [pb]) with increasing masses */
    CrossSectionTable(double... massesAndSigmas) {
        int n = massesAndSigmas.length / 2;
        masses = new double[n];
        logSigma = new double[n];
        for (int i = 0; i < n; i++) {
            masses[i] = massesAndSigmas[2 * i];
            logSigma[i] = Math.log(massesAndSigmas[2 * i + 1]);
        }
    }

    double minMass() {
        return masses[0];
    }

    double maxMass() {
        return masses[masses.length - 1];
    }

    /** σ [pb] at {@code mass} [GeV]. */
    double at(double mass) {
        if (mass < minMass() || mass > maxMass()) {
            throw new IllegalArgumentException(
                    "mass " + mass + " GeV outside the tabulated range " + minMass() + "–" + maxMass() + " GeV");
        }
        int i = 1;
        while (i < masses.length - 1 && masses[i] < mass) {
            i++;
        }
        double t = (mass - masses[i - 1]) / (masses[i] - masses[i - 1]);
        return Math.exp(logSigma[i - 1] + t * (logSigma[i] - logSigma[i - 1]));
    }
}
