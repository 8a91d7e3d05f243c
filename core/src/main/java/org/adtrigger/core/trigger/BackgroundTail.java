package org.adtrigger.core.trigger;

import java.util.ArrayList;
import java.util.List;

import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.stats.WeightedCount;
import org.adtrigger.core.stats.WeightedSample;
import org.adtrigger.core.stats.WorkingPoint;

/**
 * The background score quantile table of the model card ({@link ModelCard.BackgroundQuantiles}) and cuts
 * read from it.
 *
 * <p><b>Grid.</b> ε_k = 10^(−k/{@value #ROWS_PER_DECADE}), k = 1, 2, … (ε = 1 needs no row: cut −∞), each row
 * placed like the card's working points ({@link WorkingPoint#atBackgroundEfficiency}), down to the last ε
 * with at least one validation event above its cut (and no further than a tenth of one event's share); so the table says how many events stand behind every cut,
 * including the thin ones an operating point must not use.
 *
 * <p><b>Between rows</b> the cut is interpolated linearly in (log ε, log cut) (in log ε, cut when a cut is not
 * positive): a smooth tail is close to a power law over the 12 % step of the grid, so the interpolated cut
 * passes the requested ε to well under a percent (tested on an exponential tail).
 */
public final class BackgroundTail {
    /** Rows per decade of ε. */
    public static final int ROWS_PER_DECADE = 20;

    private BackgroundTail() {
    }

    /**
     * The table of a weighted background validation sample.
     *
     * @param luminosityPb luminosity the weights are normalised to [pb⁻¹]
     * @throws IllegalStateException when the background's total weight is not positive
     */
    public static ModelCard.BackgroundQuantiles table(WeightedSample background, double luminosityPb) {
        WeightedCount total = background.total();
        List<ModelCard.QuantileRow> rows = new ArrayList<>();
        // Below a tenth of one event's share no quantile can place a new cut; with negative weights in the tail
        // the events above a cut need not fall to 0, so this bounds the grid.
        double finest = 0.1 / Math.max(1, background.size());
        for (int k = 1; ; k++) {
            double efficiency = Math.pow(10.0, -k / (double) ROWS_PER_DECADE);
            if (efficiency < finest) {
                break;
            }
            WorkingPoint wp = WorkingPoint.atBackgroundEfficiency(background, efficiency,
                    WorkingPoint.DEFAULT_MIN_EVENTS_ABOVE);
            if (wp.eventsAbove() == 0) {
                break;
            }
            rows.add(new ModelCard.QuantileRow(wp.efficiency(), wp.cut(), wp.eventsAbove()));
        }
        double effective = total.effectiveEntries();
        return new ModelCard.BackgroundQuantiles(background.size(), effective, total.sumW() / luminosityPb, rows);
    }

    /**
     * The cut that keeps the background fraction {@code efficiency}, with the rows' statistics: ε ≥ 1 keeps
     * everything; above the table's first row, that row's cut (and its ε); below its last row, the last row.
     * Between two rows the interpolated cut, ε as asked, and the events of the thinner row behind it.
     */
    public static AcceptCut cutAt(ModelCard.BackgroundQuantiles table, double efficiency, String description) {
        List<ModelCard.QuantileRow> rows = table.rows();
        if (efficiency >= 1.0 || rows.isEmpty()) {
            return new AcceptCut(Double.NEGATIVE_INFINITY, 1.0, table.events(), table.effectiveEvents(), description);
        }
        ModelCard.QuantileRow first = rows.get(0);
        if (efficiency >= first.efficiency()) {
            return fromRow(table, first, description);
        }
        for (int i = 1; i < rows.size(); i++) {
            ModelCard.QuantileRow lo = rows.get(i - 1);
            ModelCard.QuantileRow hi = rows.get(i);
            if (efficiency >= hi.efficiency()) {
                // on a row, its own cut (interpolation would round it either way)
                if (efficiency == hi.efficiency() || lo.efficiency() <= hi.efficiency()) {
                    return fromRow(table, hi, description);
                }
                double t = (Math.log(efficiency) - Math.log(lo.efficiency()))
                        / (Math.log(hi.efficiency()) - Math.log(lo.efficiency()));
                double cut = lo.cut() > 0.0 && hi.cut() > 0.0
                        ? Math.exp(Math.log(lo.cut()) + t * (Math.log(hi.cut()) - Math.log(lo.cut())))
                        : lo.cut() + t * (hi.cut() - lo.cut());
                return new AcceptCut(cut, efficiency, hi.eventsAbove(), table.effectiveEvents(), description);
            }
        }
        return fromRow(table, rows.get(rows.size() - 1), description);
    }

    private static AcceptCut fromRow(ModelCard.BackgroundQuantiles table, ModelCard.QuantileRow row, String description) {
        return new AcceptCut(row.cut(), Math.max(0.0, row.efficiency()), row.eventsAbove(), table.effectiveEvents(),
                description);
    }

    /** The smallest ε whose cut has at least {@code minEvents} validation events above it; 1 when none has. */
    public static double smallestUsableEfficiency(ModelCard.BackgroundQuantiles table, long minEvents) {
        double smallest = 1.0;
        for (ModelCard.QuantileRow row : table.rows()) {
            if (row.eventsAbove() >= minEvents && row.efficiency() > 0.0) {
                smallest = Math.min(smallest, row.efficiency());
            }
        }
        return smallest;
    }
}
