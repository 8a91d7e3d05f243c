package org.adtrigger.trainer.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scored events with their {@link Observable}s, columnar (a few hundred thousand rows): sample, weight,
 * score and every observable. For MC the weight is the event's, scaled to the data's luminosity; for data
 * it is 1 (each recorded event counts once).
 */
public final class EventTable {
    private final List<String> samples = new ArrayList<>();
    private final Map<String, Integer> sampleIds = new HashMap<>();
    private int[] sample = new int[1024];
    private double[] weight = new double[1024];
    private double[] score = new double[1024];
    private double[][] values = new double[Observable.kinematicCount()][1024];
    private int size;

    /** Appends one event; {@code kinematics} as {@link Observable#kinematics} writes them. */
    public void add(String sampleName, double eventWeight, double eventScore, double[] kinematics) {
        if (size == weight.length) {
            int capacity = 2 * size;
            sample = Arrays.copyOf(sample, capacity);
            weight = Arrays.copyOf(weight, capacity);
            score = Arrays.copyOf(score, capacity);
            for (int v = 0; v < values.length; v++) {
                values[v] = Arrays.copyOf(values[v], capacity);
            }
        }
        sample[size] = sampleIds.computeIfAbsent(sampleName, name -> {
            samples.add(name);
            return samples.size() - 1;
        });
        weight[size] = eventWeight;
        score[size] = eventScore;
        for (int v = 0; v < values.length; v++) {
            values[v][size] = kinematics[v];
        }
        size++;
    }

    /** Sample names in order of first appearance. */
    public List<String> sampleNames() {
        return List.copyOf(samples);
    }

    public int size() {
        return size;
    }

    public double weight(int i) {
        return weight[i];
    }

    public double score(int i) {
        return score[i];
    }

    public String sampleOf(int i) {
        return samples.get(sample[i]);
    }

    /** The value of {@code o} for row i: log10 of the score for {@link Observable#SCORE}. */
    public double value(Observable o, int i) {
        if (o == Observable.SCORE) {
            return score[i] > 0 ? Math.log10(score[i]) : Double.NaN;
        }
        return values[o.ordinal() - 1][i];
    }

    /** log10 of every positive score (NaN for the others). */
    public double[] log10Scores() {
        double[] logs = new double[size];
        for (int i = 0; i < size; i++) {
            logs[i] = value(Observable.SCORE, i);
        }
        return logs;
    }
}
