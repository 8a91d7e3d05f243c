package org.adtrigger.core.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed-binned spectrum of the expected background, one weighted histogram per process (what is drawn
 * stacked) with their sum (what data are compared with). All processes share one binning.
 */
public final class ExpectedSpectrum {
    private final WeightedHistogram binning;
    private final Map<String, WeightedHistogram> processes = new LinkedHashMap<>();

    /** An empty spectrum with the bins of {@code binning} (its contents are not used). */
    public ExpectedSpectrum(WeightedHistogram binning) {
        this(binning, List.of());
    }

    /**
     * An empty spectrum that lists {@code processes} first, in this order, even those never filled (so that
     * every spectrum of one MC set orders, and colours, its processes alike).
     */
    public ExpectedSpectrum(WeightedHistogram binning, List<String> processes) {
        this.binning = binning.emptyCopy();
        processes.forEach(p -> this.processes.put(p, binning.emptyCopy()));
    }

    public void fill(String process, double x, double weight) {
        processes.computeIfAbsent(process, p -> binning.emptyCopy()).fill(x, weight);
    }

    /**
     * Adds a histogram summed elsewhere (a stream's expectation, which arrives as Σw and Σw² per bin, not as
     * events) to {@code process}.
     *
     * @throws IllegalArgumentException when its binning differs
     */
    public void add(String process, WeightedHistogram histogram) {
        processes.computeIfAbsent(process, p -> binning.emptyCopy()).add(histogram);
    }

    /** An empty histogram with this spectrum's binning, e.g. for the observed counts. */
    public WeightedHistogram emptyHistogram() {
        return binning.emptyCopy();
    }

    /** Process names in order of first fill. */
    public List<String> processes() {
        return new ArrayList<>(processes.keySet());
    }

    public WeightedHistogram process(String name) {
        WeightedHistogram h = processes.get(name);
        return h == null ? binning.emptyCopy() : h;
    }

    /** The sum over processes, Σw and Σw² added bin by bin. */
    public WeightedHistogram total() {
        WeightedHistogram sum = binning.emptyCopy();
        processes.values().forEach(sum::add);
        return sum;
    }

    /** Expected Σw of each bin: what a bump hunt or a stream's per-bin expectation reads. */
    public double[] totalContents() {
        return total().contents();
    }
}
