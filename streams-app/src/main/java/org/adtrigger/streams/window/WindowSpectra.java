package org.adtrigger.streams.window;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.adtrigger.core.kinematics.LeadingMass;
import org.adtrigger.schema.MassSpectrum;
import org.adtrigger.schema.ScoredEvent;

/**
 * The leading-mass spectra of one window per tier level (events with tier ≥ level): observed counts, every
 * scored event once (the stream's events are what it observed), and the background its models' cards expect
 * with the MC statistical error of that expectation.
 *
 * <p>Per event the cost is an array increment per mass and level it falls in: the expectation is not added
 * event by event but counted per model and folded in (n·fraction per slot) when the model changes, the tally
 * is merged or written, so a flush pays for it once per window. The expectation's error is summed linearly:
 * every event of one model shares its card's error. Events scored by a card without spectra make the
 * window's expectation unknown (reported empty), not partial.
 */
final class WindowSpectra {
    private static final LeadingMass[] MASSES = LeadingMass.values();

    private final long[][][] observed = new long[WindowTally.LEVELS][MASSES.length][];
    private final double[][][] expected = new double[WindowTally.LEVELS][MASSES.length][];
    private final double[][][] expectedError = new double[WindowTally.LEVELS][MASSES.length][];
    /** Events scored by a card without expected spectra. */
    private long unexpected;
    private ModelExpectation pendingModel;
    private long pendingEvents;

    WindowSpectra() {
        for (int level = 0; level < WindowTally.LEVELS; level++) {
            for (LeadingMass m : MASSES) {
                observed[level][m.ordinal()] = new long[m.slots()];
                expected[level][m.ordinal()] = new double[m.slots()];
                expectedError[level][m.ordinal()] = new double[m.slots()];
            }
        }
    }

    /** Counts one event with tier {@code tier} (0..3), scored by the model {@code model} expects. */
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
        }
        pendingEvents++;
    }

    /** Adds the expectation of the events counted since the last fold. */
    private void fold() {
        if (pendingEvents == 0) {
            return;
        }
        SpectrumExpectation card = pendingModel.spectra();
        if (card == null) {
            unexpected += pendingEvents;
        } else {
            for (int level = 0; level < WindowTally.LEVELS; level++) {
                for (int m = 0; m < MASSES.length; m++) {
                    double[] f = card.fractions()[level][m];
                    double[] e = card.errors()[level][m];
                    for (int slot = 0; slot < f.length; slot++) {
                        expected[level][m][slot] += pendingEvents * f[slot];
                        expectedError[level][m][slot] += pendingEvents * e[slot];
                    }
                }
            }
        }
        pendingEvents = 0;
    }

    void merge(WindowSpectra other) {
        fold();
        other.fold();
        for (int level = 0; level < WindowTally.LEVELS; level++) {
            for (int m = 0; m < MASSES.length; m++) {
                for (int slot = 0; slot < observed[level][m].length; slot++) {
                    observed[level][m][slot] += other.observed[level][m][slot];
                    expected[level][m][slot] += other.expected[level][m][slot];
                    expectedError[level][m][slot] += other.expectedError[level][m][slot];
                }
            }
        }
        unexpected += other.unexpected;
    }

    /** The summary's spectra: every mass at every level; expected left empty where it is unknown. */
    List<MassSpectrum> toSummary() {
        fold();
        List<MassSpectrum> out = new ArrayList<>(WindowTally.LEVELS * MASSES.length);
        for (int level = 0; level < WindowTally.LEVELS; level++) {
            for (LeadingMass m : MASSES) {
                List<Long> obs = new ArrayList<>(m.slots());
                List<Double> exp = new ArrayList<>(m.slots());
                List<Double> err = new ArrayList<>(m.slots());
                for (int slot = 0; slot < m.slots(); slot++) {
                    obs.add(observed[level][m.ordinal()][slot]);
                    if (unexpected == 0) {
                        exp.add(expected[level][m.ordinal()][slot]);
                        err.add(expectedError[level][m.ordinal()][slot]);
                    }
                }
                out.add(MassSpectrum.newBuilder().setMass(m.id()).setTier(level).setLow(m.low()).setHigh(m.high())
                        .setObserved(obs).setExpected(exp).setExpectedError(err).build());
            }
        }
        return out;
    }

    /** Non-zero slots only: a window fills a few dozen of the ~800. */
    void write(DataOutput out) throws IOException {
        fold();
        out.writeLong(unexpected);
        for (int level = 0; level < WindowTally.LEVELS; level++) {
            for (int m = 0; m < MASSES.length; m++) {
                long[] o = observed[level][m];
                double[] e = expected[level][m];
                double[] s = expectedError[level][m];
                int filled = 0;
                for (int slot = 0; slot < o.length; slot++) {
                    filled += o[slot] != 0 || e[slot] != 0 || s[slot] != 0 ? 1 : 0;
                }
                out.writeShort(filled);
                for (int slot = 0; slot < o.length; slot++) {
                    if (o[slot] != 0 || e[slot] != 0 || s[slot] != 0) {
                        out.writeShort(slot);
                        out.writeLong(o[slot]);
                        out.writeDouble(e[slot]);
                        out.writeDouble(s[slot]);
                    }
                }
            }
        }
    }

    static WindowSpectra read(DataInput in) throws IOException {
        WindowSpectra spectra = new WindowSpectra();
        spectra.unexpected = in.readLong();
        for (int level = 0; level < WindowTally.LEVELS; level++) {
            for (int m = 0; m < MASSES.length; m++) {
                int filled = in.readUnsignedShort();
                for (int i = 0; i < filled; i++) {
                    int slot = in.readUnsignedShort();
                    spectra.observed[level][m][slot] = in.readLong();
                    spectra.expected[level][m][slot] = in.readDouble();
                    spectra.expectedError[level][m][slot] = in.readDouble();
                }
            }
        }
        return spectra;
    }
}
