package org.adtrigger.streams.window;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

import org.adtrigger.core.model.ModelCard;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.TruthLabel;

/**
 * Running totals of one window and key. Every array has one entry per tier level i = 0..3 and counts the
 * events with tier ≥ i (index 0: all scored events). Events split into two populations for the
 * significance: unlabeled ones (data, or label UNKNOWN), counted without weights, and labeled Monte Carlo,
 * whose weights are summed per truth label.
 *
 * <p>The background expected among the unlabeled events is summed event by event, each with the pass
 * fractions of the model card that scored it, and the tally names those models. A window scored by two
 * models during a roll-out therefore expects Σ_m N_m·f_m,i — each model's share with its own cuts — instead
 * of applying one card to the other model's events.
 *
 * <p>Besides the tiers, the events the operating point accepted and their background expectation: Σ ε and
 * the card's error on it, Σ √(ε(1−ε)/N_eff), over every event, ε the pass fraction of the cut that judged it
 * and N_eff the effective size of that model's validation background (events counted one each, as the
 * unlabeled ones are).
 */
public final class WindowTally {
    /** Tier levels 0..{@link ModelCard#TIERS}. */
    public static final int LEVELS = ModelCard.TIERS + 1;

    private final long[] counts = new long[LEVELS];
    private final double[] sumW = new double[LEVELS];
    private final double[] sumW2 = new double[LEVELS];
    private final long[] unlabeled = new long[LEVELS];
    private final double[] backgroundW = new double[LEVELS];
    private final double[] signalW = new double[LEVELS];
    private final double[] expectedUnlabeled = new double[LEVELS];
    private final SortedSet<String> models = new TreeSet<>();
    private String lastModelId;
    private final ScoreHistogram scores;
    private WindowSpectra spectra;
    private long accepted;
    private double expectedAccepted;
    private double acceptCardError;

    public WindowTally() {
        this(new ScoreHistogram());
    }

    private WindowTally(ScoreHistogram scores) {
        this.scores = scores;
    }

    /** A tally that also keeps the leading-mass spectra (the key ALL's). */
    public static WindowTally withSpectra() {
        WindowTally tally = new WindowTally();
        tally.spectra = new WindowSpectra();
        return tally;
    }

    /**
     * Adds one scored event; returns this tally.
     *
     * @param model what the card of the model that scored the event expects
     */
    public WindowTally add(ScoredEvent event, ModelExpectation model) {
        int tier = Math.max(0, Math.min(LEVELS - 1, event.getTier()));
        double w = event.getWeight();
        boolean isUnlabeled = event.getIsData() || event.getLabel() == TruthLabel.UNKNOWN;
        for (int i = 0; i <= tier; i++) {
            counts[i]++;
            sumW[i] += w;
            sumW2[i] += w * w;
            if (isUnlabeled) {
                unlabeled[i]++;
            } else if (event.getLabel() == TruthLabel.SIGNAL) {
                signalW[i] += w;
            } else {
                backgroundW[i] += w;
            }
        }
        if (isUnlabeled) {
            for (int i = 0; i < LEVELS; i++) {
                expectedUnlabeled[i] += model.tierPassFraction(i);
            }
        }
        // One model scores a task's events until a roll-out: skip the sorted-set insertion for the same id.
        String modelId = event.getModelId();
        if (!modelId.equals(lastModelId)) {
            models.add(modelId);
            lastModelId = modelId;
        }
        if (event.getAccepted()) {
            accepted++;
        }
        double eps = event.getAcceptPassFraction();
        expectedAccepted += eps;
        acceptCardError += model.cardError(eps);
        scores.add(event.getScore());
        if (spectra != null) {
            spectra.add(event, tier, model);
        }
        return this;
    }

    /** Adds another tally of the same window and key into this one; returns this tally. */
    public WindowTally merge(WindowTally other) {
        for (int i = 0; i < LEVELS; i++) {
            counts[i] += other.counts[i];
            sumW[i] += other.sumW[i];
            sumW2[i] += other.sumW2[i];
            unlabeled[i] += other.unlabeled[i];
            backgroundW[i] += other.backgroundW[i];
            signalW[i] += other.signalW[i];
            expectedUnlabeled[i] += other.expectedUnlabeled[i];
        }
        models.addAll(other.models);
        accepted += other.accepted;
        expectedAccepted += other.expectedAccepted;
        acceptCardError += other.acceptCardError;
        scores.merge(other.scores);
        if (other.spectra != null) {
            if (spectra == null) {
                spectra = new WindowSpectra();
            }
            spectra.merge(other.spectra);
        }
        return this;
    }

    public long count(int level) {
        return counts[level];
    }

    public double sumW(int level) {
        return sumW[level];
    }

    public double sumW2(int level) {
        return sumW2[level];
    }

    /** Unlabeled events with tier ≥ level; level 0 is every unlabeled event of the window. */
    public long unlabeled(int level) {
        return unlabeled[level];
    }

    /** Σw of labeled background events with tier ≥ level. */
    public double backgroundW(int level) {
        return backgroundW[level];
    }

    /** Σw of labeled signal events with tier ≥ level. */
    public double signalW(int level) {
        return signalW[level];
    }

    /** Background expected among the unlabeled events with tier ≥ level: Σ of their models' pass fractions. */
    public double expectedUnlabeled(int level) {
        return expectedUnlabeled[level];
    }

    /** The ids of the models that scored the window's events, sorted. */
    public SortedSet<String> models() {
        return Collections.unmodifiableSortedSet(models);
    }

    /** Events the operating point accepted. */
    public long accepted() {
        return accepted;
    }

    /** Σ ε: accepts expected from the background. */
    public double expectedAccepted() {
        return expectedAccepted;
    }

    /** Σ √(ε(1−ε)/N_eff): the cards' binomial error on {@link #expectedAccepted()}, summed linearly (shared by the events). */
    public double acceptCardError() {
        return acceptCardError;
    }

    /** The score's q-quantile over the window's events, see {@link ScoreHistogram} for its precision. */
    public double scoreQuantile(double q) {
        return scores.quantile(q);
    }

    /** The leading-mass spectra; null unless this is a tally {@link #withSpectra() with spectra}. */
    WindowSpectra spectra() {
        return spectra;
    }

    void write(DataOutput out) throws IOException {
        scores.write(out);
        for (int i = 0; i < LEVELS; i++) {
            out.writeLong(counts[i]);
            out.writeDouble(sumW[i]);
            out.writeDouble(sumW2[i]);
            out.writeLong(unlabeled[i]);
            out.writeDouble(backgroundW[i]);
            out.writeDouble(signalW[i]);
            out.writeDouble(expectedUnlabeled[i]);
        }
        out.writeInt(models.size());
        for (String model : models) {
            out.writeUTF(model);
        }
        out.writeLong(accepted);
        out.writeDouble(expectedAccepted);
        out.writeDouble(acceptCardError);
        out.writeBoolean(spectra != null);
        if (spectra != null) {
            spectra.write(out);
        }
    }

    static WindowTally read(DataInput in, byte version) throws IOException {
        WindowTally t = new WindowTally(ScoreHistogram.read(in));
        for (int i = 0; i < LEVELS; i++) {
            t.counts[i] = in.readLong();
            t.sumW[i] = in.readDouble();
            t.sumW2[i] = in.readDouble();
            t.unlabeled[i] = in.readLong();
            t.backgroundW[i] = in.readDouble();
            t.signalW[i] = in.readDouble();
            t.expectedUnlabeled[i] = in.readDouble();
        }
        int modelCount = in.readInt();
        for (int m = 0; m < modelCount; m++) {
            t.models.add(in.readUTF());
        }
        t.accepted = in.readLong();
        t.expectedAccepted = in.readDouble();
        t.acceptCardError = in.readDouble();
        if (version > VersionedSerde.WITHOUT_SPECTRA && in.readBoolean()) {
            t.spectra = WindowSpectra.read(in);
        }
        return t;
    }
}
