package org.adtrigger.streams.readback;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.adtrigger.core.kinematics.LeadingMass;
import org.adtrigger.core.stats.WeightedHistogram;
import org.adtrigger.schema.MassSpectrum;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;

/**
 * The leading-mass spectra of the windows (key ALL) inside a time range, summed: observed counts add, and so
 * do the expected background and its MC statistical error (linearly: every window's expectation comes from
 * the same card and shares its error). A window lies in the range when it starts at or after {@code fromMs}
 * and ends at or before {@code toMs}. When a summary in the range carries no expectation (its model card had
 * no spectra) the range has none: observed only. Not thread-safe.
 */
public final class StreamSpectra {
    /** Tier levels 0..3. */
    public static final int LEVELS = 4;

    private final long fromMs;
    private final long toMs;
    private final Map<String, long[]> observed = new TreeMap<>();
    private final Map<String, double[]> expected = new TreeMap<>();
    private final Map<String, double[]> expectedError = new TreeMap<>();
    private final SortedSet<String> models = new TreeSet<>();
    private boolean expectationKnown = true;
    private int windows;
    private long events;

    public StreamSpectra(long fromMs, long toMs) {
        if (toMs <= fromMs) {
            throw new IllegalArgumentException("empty time range: from " + fromMs + " to " + toMs + " ms");
        }
        this.fromMs = fromMs;
        this.toMs = toMs;
        for (int level = 0; level < LEVELS; level++) {
            for (LeadingMass m : LeadingMass.values()) {
                observed.put(key(m, level), new long[m.slots()]);
                expected.put(key(m, level), new double[m.slots()]);
                expectedError.put(key(m, level), new double[m.slots()]);
            }
        }
    }

    /**
     * Adds a summary if it is of key ALL and inside the range; returns whether it was.
     *
     * @throws IllegalArgumentException when its spectra have another binning than this software's
     *                                  ({@link LeadingMass}), naming the window
     */
    public boolean add(WindowSummary summary) {
        if (summary.getKeyType() != WindowKeyType.ALL || summary.getWindowStartMs() < fromMs
                || summary.getWindowEndMs() > toMs) {
            return false;
        }
        if (summary.getSpectra().isEmpty()) {
            throw new IllegalArgumentException("window " + summary.getWindowStartMs() + "-" + summary.getWindowEndMs()
                    + " has no spectra (written by a version before them): its events cannot be counted");
        }
        for (MassSpectrum s : summary.getSpectra()) {
            LeadingMass m = LeadingMass.byId(s.getMass());
            if (s.getLow() != m.low() || s.getHigh() != m.high() || s.getObserved().size() != m.slots()
                    || s.getTier() < 0 || s.getTier() >= LEVELS) {
                throw new IllegalArgumentException("window " + summary.getWindowStartMs() + "-"
                        + summary.getWindowEndMs() + ": " + s.getMass() + " tier " + s.getTier() + " has "
                        + s.getObserved().size() + " slots on [" + s.getLow() + ", " + s.getHigh() + "), this software "
                        + "bins " + m.slots() + " on [" + m.low() + ", " + m.high() + ")");
            }
            String key = key(m, s.getTier());
            long[] o = observed.get(key);
            for (int slot = 0; slot < o.length; slot++) {
                o[slot] += s.getObserved().get(slot);
            }
            if (s.getExpected().size() != m.slots()) {
                expectationKnown = false;
                continue;
            }
            double[] e = expected.get(key);
            double[] err = expectedError.get(key);
            for (int slot = 0; slot < e.length; slot++) {
                e[slot] += s.getExpected().get(slot);
                err[slot] += s.getExpectedError().get(slot);
            }
        }
        windows++;
        events += summary.getCounts().get(0);
        models.addAll(summary.getModels());
        return true;
    }

    /** The observed spectrum (unit weights) of {@code mass} at tier level {@code level}. */
    public WeightedHistogram observed(LeadingMass mass, int level) {
        WeightedHistogram h = mass.histogram();
        long[] o = observed.get(key(mass, level));
        for (int slot = 0; slot < o.length; slot++) {
            h.addToSlot(slot, o[slot], o[slot]);
        }
        return h;
    }

    /** The expected spectrum: Σw the expectation, Σw² its MC statistical error squared; null when unknown. */
    public WeightedHistogram expected(LeadingMass mass, int level) {
        if (!expectationKnown) {
            return null;
        }
        WeightedHistogram h = mass.histogram();
        double[] e = expected.get(key(mass, level));
        double[] err = expectedError.get(key(mass, level));
        for (int slot = 0; slot < e.length; slot++) {
            h.addToSlot(slot, e[slot], err[slot] * err[slot]);
        }
        return h;
    }

    public boolean expectationKnown() {
        return expectationKnown;
    }

    /** Windows of key ALL summed. */
    public int windows() {
        return windows;
    }

    /** Events scored in those windows. */
    public long events() {
        return events;
    }

    public SortedSet<String> models() {
        return models;
    }

    public long fromMs() {
        return fromMs;
    }

    public long toMs() {
        return toMs;
    }

    private static String key(LeadingMass m, int level) {
        return m.id() + "/" + level;
    }
}
