package org.adtrigger.trainer.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.stats.WeightedSample;

/**
 * The evaluated events of one class (background or signal), one row per selected event: its sample, its
 * weight (already scaled to the report's luminosity) and the value of every {@link Discriminant}. Columnar
 * primitive arrays, because a report holds a few hundred thousand rows and an object per event would cost
 * five times the memory.
 */
public final class ScoredEvents {
    private static final int INITIAL_CAPACITY = 4096;

    private final List<String> samples = new ArrayList<>();
    private final Map<String, Integer> sampleIds = new HashMap<>();
    private int[] sample = new int[INITIAL_CAPACITY];
    private double[] weight = new double[INITIAL_CAPACITY];
    private double[][] values = new double[Discriminant.values().length][INITIAL_CAPACITY];
    private int size;

    /** Appends one event; {@code discriminants} in {@link Discriminant} order. */
    public void add(String sampleName, double eventWeight, double... discriminants) {
        if (discriminants.length != values.length) {
            throw new IllegalArgumentException("expected " + values.length + " discriminants, got "
                    + discriminants.length);
        }
        if (size == weight.length) {
            grow();
        }
        sample[size] = sampleIds.computeIfAbsent(sampleName, name -> {
            samples.add(name);
            return samples.size() - 1;
        });
        weight[size] = eventWeight;
        for (int d = 0; d < values.length; d++) {
            values[d][size] = discriminants[d];
        }
        size++;
    }

    private void grow() {
        int capacity = 2 * weight.length;
        sample = Arrays.copyOf(sample, capacity);
        weight = Arrays.copyOf(weight, capacity);
        for (int d = 0; d < values.length; d++) {
            values[d] = Arrays.copyOf(values[d], capacity);
        }
    }

    public int size() {
        return size;
    }

    /** Sample names in order of first appearance. */
    public List<String> sampleNames() {
        return List.copyOf(samples);
    }

    /** The rows of one sample, as a new table. */
    public ScoredEvents ofSample(String sampleName) {
        return rows(sampleName, true);
    }

    /** The rows of every sample but one, as a new table. */
    public ScoredEvents without(String sampleName) {
        return rows(sampleName, false);
    }

    /** Appends every row of {@code other} as a row of the sample {@code sampleName}. */
    public void addAll(ScoredEvents other, String sampleName) {
        double[] row = new double[values.length];
        for (int i = 0; i < other.size; i++) {
            for (int d = 0; d < values.length; d++) {
                row[d] = other.values[d][i];
            }
            add(sampleName, other.weight[i], row);
        }
    }

    private ScoredEvents rows(String sampleName, boolean ofThatSample) {
        Integer id = sampleIds.get(sampleName);
        ScoredEvents subset = new ScoredEvents();
        double[] row = new double[values.length];
        for (int i = 0; i < size; i++) {
            if ((id != null && sample[i] == id) == ofThatSample) {
                for (int d = 0; d < values.length; d++) {
                    row[d] = values[d][i];
                }
                subset.add(samples.get(sample[i]), weight[i], row);
            }
        }
        return subset;
    }

    /** The weighted distribution of {@code d}. */
    public WeightedSample sample(Discriminant d) {
        return WeightedSample.of(Arrays.copyOf(values[d.ordinal()], size), Arrays.copyOf(weight, size));
    }

    /**
     * The weighted distribution of {@code d} over the events of tier ≥ {@code tier} by the card's
     * {@link ModelCard.Thresholds#tierOf tier assignment} of their score: e.g. E_T^miss inside a tier.
     */
    public WeightedSample sampleInTier(Discriminant d, ModelCard.Thresholds thresholds, int tier) {
        double[] on = values[Discriminant.AE_SCORE.ordinal()];
        double[] kept = new double[size];
        double[] keptWeights = new double[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (thresholds.tierOf(on[i]) >= tier) {
                kept[n] = values[d.ordinal()][i];
                keptWeights[n++] = weight[i];
            }
        }
        return WeightedSample.of(Arrays.copyOf(kept, n), Arrays.copyOf(keptWeights, n));
    }

    /** Value of {@code d} for row i. */
    public double value(Discriminant d, int i) {
        return values[d.ordinal()][i];
    }

    public double weight(int i) {
        return weight[i];
    }

    /** Name of the sample of row i. */
    public String sampleOf(int i) {
        return samples.get(sample[i]);
    }
}
