package org.adtrigger.trainer.thresholds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.adtrigger.schema.TruthLabel;
import org.adtrigger.trainer.data.Batch;
import org.adtrigger.trainer.model.AnomalyModel;
import org.adtrigger.trainer.pipeline.LabelledBatch;

/**
 * The trained model's scores of the validation events, split by truth label. Only the background enters the
 * thresholds: events labelled {@link TruthLabel#SIGNAL} (an injected signal sample, say) are kept apart so
 * they cannot pull the cuts towards themselves. {@link TruthLabel#UNKNOWN} counts as background, since a
 * training set is background by construction. Holds one score and one weight per event, and its leading
 * masses where the batches carry them (for the card's expected spectra), not the features.
 */
public final class ValidationScores {
    private final GrowingSample background = new GrowingSample();
    private final List<double[]> backgroundMasses = new ArrayList<>();
    private boolean everyEventHasMasses = true;
    private long signalEvents;

    /** Scores every batch of one pass. */
    public static ValidationScores collect(AnomalyModel model, Stream<LabelledBatch> batches) {
        return collect(rows -> model.score(rows).scores(), batches);
    }

    /** Scores every batch of one pass with {@code scorer} (raw rows → one score per row). */
    public static ValidationScores collect(Function<float[][], float[]> scorer, Stream<LabelledBatch> batches) {
        ValidationScores scores = new ValidationScores();
        try (batches) {
            for (Iterator<LabelledBatch> it = batches.iterator(); it.hasNext(); ) {
                LabelledBatch labelled = it.next();
                Batch batch = labelled.batch();
                scores.add(scorer.apply(batch.rows()), batch.weights(), labelled.labels(), labelled.masses());
            }
        }
        return scores;
    }

    /** Adds the scores of one batch. */
    public void add(float[] scores, float[] weights, TruthLabel[] labels) {
        add(scores, weights, labels, null);
    }

    /** Adds the scores of one batch with each event's leading masses ({@code masses} null: none known). */
    public void add(float[] scores, float[] weights, TruthLabel[] labels, double[][] masses) {
        everyEventHasMasses &= masses != null;
        for (int i = 0; i < scores.length; i++) {
            if (labels[i] == TruthLabel.SIGNAL) {
                signalEvents++;
            } else {
                background.add(scores[i], weights[i]);
                if (masses != null) {
                    backgroundMasses.add(masses[i]);
                }
            }
        }
    }

    /**
     * The background events' leading masses, aligned with {@link #backgroundScores()}; empty unless every
     * batch carried them.
     */
    public Optional<double[][]> backgroundMasses() {
        return everyEventHasMasses && background.size > 0
                ? Optional.of(backgroundMasses.toArray(new double[0][])) : Optional.empty();
    }

    /** Scores of the background events, in pass order. */
    public double[] backgroundScores() {
        return Arrays.copyOf(background.values, background.size);
    }

    /** Weights of the background events, aligned with {@link #backgroundScores()}. */
    public double[] backgroundWeights() {
        return Arrays.copyOf(background.weights, background.size);
    }

    public long backgroundEvents() {
        return background.size;
    }

    public long signalEvents() {
        return signalEvents;
    }

    /** Scores and weights in arrays that double when full. */
    private static final class GrowingSample {
        private double[] values = new double[1024];
        private double[] weights = new double[1024];
        private int size;

        void add(double value, double weight) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
                weights = Arrays.copyOf(weights, 2 * size);
            }
            values[size] = value;
            weights[size++] = weight;
        }
    }
}
