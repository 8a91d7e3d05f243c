package org.adtrigger.streams.window;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.adtrigger.core.kinematics.LeadingMass;
import org.adtrigger.schema.MassSpectrum;
import org.adtrigger.schema.ScoredEvent;

/**
 * The leading-mass spectra of one window per tier level (events with tier ≥ level): observed counts, every
 * scored event once (the stream's events are what it observed), and how many events each model scored, from
 * which the background its card expects (and that expectation's MC statistical error) is folded in when the
 * window closes ({@link #toSummary}).
 *
 * <p>Per event the cost is an array increment per mass and level it falls in, and one more for the model's
 * count (kept under the model of the last event until the model changes). The tally carries no expectation
 * arrays: a partial, and the merger's changelogged tally, hold the non-empty observed bins and one count
 * per model, a few hundred bytes, instead of ~20 kB of dense expectation. The expectation's error is summed
 * linearly: every event of one model shares its card's error. A window with events of a model whose card
 * spectra the merger does not know (no spectra in the card, or another instance's model during a roll-out)
 * gets no expectation (reported empty), not a partial one.
 */
final class WindowSpectra {
    private static final LeadingMass[] MASSES = LeadingMass.values();

    private final long[][][] observed = new long[WindowTally.LEVELS][MASSES.length][];
    private final Map<String, Long> eventsByModel = new TreeMap<>();
    private ModelExpectation pendingModel;
    private String pendingModelId;
    private long pendingEvents;

    WindowSpectra() {
        for (int level = 0; level < WindowTally.LEVELS; level++) {
            for (LeadingMass m : MASSES) {
                observed[level][m.ordinal()] = new long[m.slots()];
            }
        }
    }

    /** Counts one event with tier {@code tier} (0..3), scored by the model {@code model} describes. */
    void add(ScoredEvent event, int tier, ModelExpectation model) {
        for (LeadingMass m : MASSES) {
            int slot = m.slot(m.of(event));
            if (slot >= 0) {
                for (int level = 0; level <= tier; level++) {
                    observed[level][m.ordinal()][slot]++;
                }
            }
        }
        if (model != pendingModel) {
            fold();
            pendingModel = model;
            pendingModelId = event.getModelId();
        }
        pendingEvents++;
    }

    /** Adds the events counted under the last model to its count. */
    private void fold() {
        if (pendingEvents > 0) {
            eventsByModel.merge(pendingModelId, pendingEvents, Long::sum);
            pendingEvents = 0;
        }
    }

    void merge(WindowSpectra other) {
        fold();
        other.fold();
        for (int level = 0; level < WindowTally.LEVELS; level++) {
            for (int m = 0; m < MASSES.length; m++) {
                for (int slot = 0; slot < observed[level][m].length; slot++) {
                    observed[level][m][slot] += other.observed[level][m][slot];
                }
            }
        }
        other.eventsByModel.forEach((model, n) -> eventsByModel.merge(model, n, Long::sum));
    }

    /**
     * The summary's spectra: every mass at every level, with the expectation Σ_models n × (card fraction)
     * and its error Σ n × (card error) from {@code cards} (by model id); left empty when a model that scored
     * events of the window is not among them.
     */
    List<MassSpectrum> toSummary(Map<String, SpectrumExpectation> cards) {
        fold();
        boolean known = cards.keySet().containsAll(eventsByModel.keySet());
        List<MassSpectrum> out = new ArrayList<>(WindowTally.LEVELS * MASSES.length);
        for (int level = 0; level < WindowTally.LEVELS; level++) {
            for (LeadingMass m : MASSES) {
                List<Long> obs = new ArrayList<>(m.slots());
                double[] exp = new double[m.slots()];
                double[] err = new double[m.slots()];
                for (int slot = 0; slot < m.slots(); slot++) {
                    obs.add(observed[level][m.ordinal()][slot]);
                }
                if (known) {
                    for (Map.Entry<String, Long> e : eventsByModel.entrySet()) {
                        SpectrumExpectation card = cards.get(e.getKey());
                        double[] f = card.fractions()[level][m.ordinal()];
                        double[] s = card.errors()[level][m.ordinal()];
                        for (int slot = 0; slot < m.slots(); slot++) {
                            exp[slot] += e.getValue() * f[slot];
                            err[slot] += e.getValue() * s[slot];
                        }
                    }
                }
                out.add(MassSpectrum.newBuilder().setMass(m.id()).setTier(level).setLow(m.low()).setHigh(m.high())
                        .setObserved(obs).setExpected(known ? boxed(exp) : List.of())
                        .setExpectedError(known ? boxed(err) : List.of()).build());
            }
        }
        return out;
    }

    private static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    /** The non-empty observed slots only (a window fills a few dozen of the ~800), then the model counts. */
    void write(DataOutput out) throws IOException {
        fold();
        for (int level = 0; level < WindowTally.LEVELS; level++) {
            for (int m = 0; m < MASSES.length; m++) {
                long[] o = observed[level][m];
                int filled = 0;
                for (long n : o) {
                    filled += n != 0 ? 1 : 0;
                }
                out.writeShort(filled);
                for (int slot = 0; slot < o.length; slot++) {
                    if (o[slot] != 0) {
                        out.writeShort(slot);
                        out.writeLong(o[slot]);
                    }
                }
            }
        }
        out.writeInt(eventsByModel.size());
        for (Map.Entry<String, Long> e : eventsByModel.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue());
        }
    }

    static WindowSpectra read(DataInput in) throws IOException {
        WindowSpectra spectra = new WindowSpectra();
        for (int level = 0; level < WindowTally.LEVELS; level++) {
            for (int m = 0; m < MASSES.length; m++) {
                int filled = in.readUnsignedShort();
                for (int i = 0; i < filled; i++) {
                    int slot = in.readUnsignedShort();
                    spectra.observed[level][m][slot] = in.readLong();
                }
            }
        }
        int models = in.readInt();
        for (int i = 0; i < models; i++) {
            spectra.eventsByModel.put(in.readUTF(), in.readLong());
        }
        return spectra;
    }
}
