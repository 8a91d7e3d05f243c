package org.adtrigger.trainer.study;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.adtrigger.schema.Event;

/**
 * One setting of a synthetic-anomaly study: which background events it can change, and how — on the event
 * before its RMM is built, on the cells after, or both.
 *
 * @param label       name of the distorted sample in tables and plots, e.g. {@code pT x3}
 * @param setting     the study's parameter (scale factor, fraction of cells or rows)
 * @param applies     events the distortion can change at all (e.g. those with a lepton to scale)
 * @param eventChange returns the changed event (a copy; the input may be a reused record)
 * @param cellChange  applied to the event's raw RMM cells just before scoring
 */
public record Distortion(String label, double setting, Predicate<Event> applies, UnaryOperator<Event> eventChange,
                         CellTransform cellChange) {

    /** The leading electron and muon with pT and E × factor. */
    public static Distortion ptScale(double factor) {
        return new Distortion(String.format(Locale.ROOT, "pT x%s", number(factor)), factor,
                LeadingLeptonScaling::hasLepton, LeadingLeptonScaling.by(factor), CellTransform.NONE);
    }

    /** A fraction of the cells permuted among themselves. */
    public static Distortion shuffle(double fraction) {
        return new Distortion("shuffle " + number(fraction), fraction, e -> true, UnaryOperator.identity(),
                new CellShuffle(fraction));
    }

    /** A fraction of the rows swapped in pairs, with their columns. */
    public static Distortion dummy(double fraction) {
        return new Distortion("swap " + number(fraction), fraction, e -> true, UnaryOperator.identity(),
                new RowColumnSwap(fraction));
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }
}
