package org.adtrigger.core.stats;

/**
 * Sorts a key array ascending and applies the same permutation to a companion array, on primitives: the
 * statistics classes sort millions of (score, weight) pairs, where boxing or an index sort would cost more
 * than the sort. Bottom-up merge sort: O(n log n) in every case, stable, so equal keys keep their input
 * order and results are reproducible.
 */
final class PairSort {
    // Short runs are cheaper to insertion-sort than to merge.
    private static final int RUN = 32;

    private PairSort() {
    }

    /** Sorts {@code keys} ascending (no NaN allowed) and permutes {@code companion} alike, in place. */
    static void sort(double[] keys, double[] companion) {
        int n = keys.length;
        for (int lo = 0; lo < n; lo += RUN) {
            insertionSort(keys, companion, lo, Math.min(lo + RUN, n));
        }
        double[] srcK = keys;
        double[] srcC = companion;
        double[] dstK = new double[n];
        double[] dstC = new double[n];
        for (int width = RUN; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                merge(srcK, srcC, dstK, dstC, lo, mid, hi);
            }
            double[] t = srcK;
            srcK = dstK;
            dstK = t;
            t = srcC;
            srcC = dstC;
            dstC = t;
        }
        if (srcK != keys) {
            System.arraycopy(srcK, 0, keys, 0, n);
            System.arraycopy(srcC, 0, companion, 0, n);
        }
    }

    private static void insertionSort(double[] k, double[] c, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            double key = k[i];
            double comp = c[i];
            int j = i - 1;
            while (j >= lo && k[j] > key) {
                k[j + 1] = k[j];
                c[j + 1] = c[j];
                j--;
            }
            k[j + 1] = key;
            c[j + 1] = comp;
        }
    }

    private static void merge(double[] k, double[] c, double[] outK, double[] outC, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        for (int o = lo; o < hi; o++) {
            // Taking from the left run on ties is what makes the sort stable.
            if (j >= hi || (i < mid && k[i] <= k[j])) {
                outK[o] = k[i];
                outC[o] = c[i++];
            } else {
                outK[o] = k[j];
                outC[o] = c[j++];
            }
        }
    }
}
