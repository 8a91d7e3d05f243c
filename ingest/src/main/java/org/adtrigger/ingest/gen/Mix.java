package org.adtrigger.ingest.gen;

import java.util.Locale;

/**
 * How a generator shares its events among several processes.
 * <ul>
 *   <li>{@link #BALANCED}: half equally, half in proportion to σ — rare processes get usable statistics
 *       and the weights σ·L/N_p restore the true proportions (training, physics studies);</li>
 *   <li>{@link #SIGMA}: all in proportion to σ, so every event carries (up to rounding) the same weight
 *       and the file reads like recorded data: counting events unweighted gives the true mixture. A
 *       stream that counts events, such as the demo's replay, needs this; processes too rare for their
 *       share to reach one event are left out.</li>
 * </ul>
 */
public enum Mix {
    BALANCED(0.5),
    SIGMA(0.0);

    private final double equalShare;

    Mix(double equalShare) {
        this.equalShare = equalShare;
    }

    /** Fraction of the events shared equally among the processes; the rest goes by cross section. */
    double equalShare() {
        return equalShare;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
