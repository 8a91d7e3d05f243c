package org.adtrigger.core.trigger;

import java.util.Locale;

import org.adtrigger.core.model.ModelCard;

/**
 * The cut of a rate budget R as the input rate r changes: ε_B = R / r read from the card's background
 * quantile table ({@link BackgroundTail#cutAt}), so that the background accepted is R whatever r is.
 *
 * <ul>
 *   <li><b>Start:</b> before any input rate is measured, the tightest usable cut (the smallest ε_B with
 *       {@link CardCuts#MIN_EVENTS_BEHIND} validation events above it): the filter starts below its budget
 *       rather than above it.</li>
 *   <li><b>Hysteresis:</b> a measured rate within ±{@code hysteresis} (relative) of the rate the current cut
 *       was derived for keeps the cut, so the cut does not follow the input's Poisson jitter window by window
 *       (at 2 kHz and 5 s windows the rate itself fluctuates by 1.4 %); a larger change re-derives it.</li>
 *   <li><b>Limits:</b> R ≥ r accepts everything; R / r below the smallest usable ε_B uses that ε_B (accepting
 *       less than the budget) rather than a cut the validation sample cannot place.</li>
 * </ul>
 * Not thread-safe: one owner feeds it rates and publishes {@link #current()}.
 */
public final class RateBudgetCuts {
    private final ModelCard.BackgroundQuantiles table;
    private final double budgetHz;
    private final double hysteresis;
    private final double smallestEfficiency;
    private double basisHz = Double.NaN;
    private AcceptCut current;

    /**
     * @param table      the card's table, checked by {@link CardCuts#rateBudget}
     * @param hysteresis relative change of the input rate that re-derives the cut, ≥ 0
     */
    public RateBudgetCuts(ModelCard.BackgroundQuantiles table, double budgetHz, double hysteresis) {
        if (!(hysteresis >= 0.0)) {
            throw new IllegalArgumentException("hysteresis must be >= 0, got " + hysteresis);
        }
        this.table = table;
        this.budgetHz = budgetHz;
        this.hysteresis = hysteresis;
        this.smallestEfficiency = BackgroundTail.smallestUsableEfficiency(table, CardCuts.MIN_EVENTS_BEHIND);
        this.current = derive(smallestEfficiency, "no input rate measured yet");
    }

    public AcceptCut current() {
        return current;
    }

    /** The input rate the current cut was derived for; NaN before the first measurement. */
    public double basisHz() {
        return basisHz;
    }

    /**
     * Takes a measured input rate; returns whether the cut changed. Rates that are not positive are ignored.
     */
    public boolean onInputRate(double inputHz) {
        if (!(inputHz > 0.0) || !Double.isFinite(inputHz)) {
            return false;
        }
        if (!Double.isNaN(basisHz) && Math.abs(inputHz / basisHz - 1.0) <= hysteresis) {
            return false;
        }
        basisHz = inputHz;
        double wanted = budgetHz / inputHz;
        double efficiency = Math.max(wanted, smallestEfficiency);
        current = derive(efficiency, String.format(Locale.ROOT, "input %.4g Hz%s", inputHz,
                wanted < smallestEfficiency ? String.format(Locale.ROOT,
                        ", budget needs eff_B %.3g below the smallest usable", wanted) : ""));
        return true;
    }

    private AcceptCut derive(double efficiency, String why) {
        AcceptCut cut = BackgroundTail.cutAt(table, efficiency, "");
        return new AcceptCut(cut.cut(), cut.passFraction(), cut.eventsBehind(), cut.effectiveEvents(),
                String.format(Locale.ROOT, "rate budget %.4g Hz (%s): eff_B %.3g, cut %.4g", budgetHz, why,
                        cut.passFraction(), cut.cut()));
    }
}
