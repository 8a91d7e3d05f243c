package org.adtrigger.ingest.gen;

/**
 * How a requested number of events is shared among processes: a {@link Mix}'s equal share split evenly,
 * the rest in proportion to the cross sections. With the default {@link Mix#BALANCED} the equal half is
 * the floor that gives rare processes (H → 4ℓ, dibosons) usable statistics while W + jets still dominates
 * as it does in data; the per-event weights σ·L/N_p restore the true proportions. Rounding goes by
 * largest remainder (ties to the earlier process), so the counts add up exactly to the total.
 */
final class Allocation {
    private Allocation() {
    }

    static long[] split(long total, double[] crossSections, Mix mix) {
        int k = crossSections.length;
        double sum = 0.0;
        for (double s : crossSections) {
            sum += s;
        }
        long[] counts = new long[k];
        double[] remainders = new double[k];
        long assigned = 0;
        for (int i = 0; i < k; i++) {
            double share = mix.equalShare() / k + (1.0 - mix.equalShare()) * crossSections[i] / sum;
            double exact = share * total;
            counts[i] = (long) Math.floor(exact);
            remainders[i] = exact - counts[i];
            assigned += counts[i];
        }
        for (long left = total - assigned; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < k; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1.0;
        }
        return counts;
    }
}
