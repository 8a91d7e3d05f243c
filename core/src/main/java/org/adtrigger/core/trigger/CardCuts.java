package org.adtrigger.core.trigger;

import java.util.Locale;

import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.stats.WorkingPoint;

/**
 * Turns an {@link OperatingPoint} into the score cut of one model card, refusing what the card cannot support:
 * <ul>
 *   <li>a tier: the card's tier cut and tier pass fraction (every card has them);</li>
 *   <li>ε_B, a cross section (ε_B = σ / σ_background) and a rate budget: read from the card's background
 *       quantile table ({@link BackgroundTail}); a card without the table (written before it) is refused for
 *       these, as is a point with fewer than {@value #MIN_EVENTS_BEHIND} validation events above its cut
 *       ({@link WorkingPoint#DEFAULT_MIN_EVENTS_ABOVE}, the rule the trainer's working points follow).</li>
 * </ul>
 * Every refusal is one line naming the statistics behind it.
 */
public final class CardCuts {
    /** Validation background events a cut needs above it. */
    public static final long MIN_EVENTS_BEHIND = WorkingPoint.DEFAULT_MIN_EVENTS_ABOVE;

    private final ModelCard card;

    public CardCuts(ModelCard card) {
        this.card = card;
    }

    /**
     * The cut of a tier, efficiency or cross-section point (for a rate budget, see {@link #rateBudget}).
     *
     * @throws IllegalArgumentException (one line) when the card cannot support the point
     */
    public AcceptCut fixed(OperatingPoint point) {
        if (point instanceof OperatingPoint.Tier t) {
            return tier(t.tier());
        }
        if (point instanceof OperatingPoint.Efficiency e) {
            return efficiency(e.efficiency(), String.format(Locale.ROOT, "eff_B %.3g", e.efficiency()));
        }
        if (point instanceof OperatingPoint.CrossSection x) {
            return crossSection(x.pb());
        }
        throw new IllegalArgumentException("a rate budget has no fixed cut: it follows the input rate");
    }

    /**
     * The card's table for a rate budget, checked to hold at least one usable cut.
     *
     * @throws IllegalArgumentException (one line) for a card without the table or without a usable row
     */
    public ModelCard.BackgroundQuantiles rateBudget(OperatingPoint.RateBudget point) {
        ModelCard.BackgroundQuantiles table = table(point);
        if (BackgroundTail.smallestUsableEfficiency(table, MIN_EVENTS_BEHIND) >= 1.0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "operating point %s refused: no cut in model "
                    + "card %s has %d validation background events above it (%d events in all)", point.spec(),
                    card.modelId(), MIN_EVENTS_BEHIND, table.events()));
        }
        return table;
    }

    private AcceptCut tier(int tier) {
        ModelCard.Thresholds th = card.thresholds();
        double effective = validationSize();
        String what = "tier " + tier;
        if (tier == 0) {
            return new AcceptCut(Double.NEGATIVE_INFINITY, 1.0, -1, effective, what + ": every event");
        }
        double fraction = th.tierPassFractions()[tier];
        double cut = th.cutOf(tier);
        return new AcceptCut(cut, fraction, -1, effective,
                String.format(Locale.ROOT, "%s: cut %.4g, background pass fraction %.4g", what, cut, fraction));
    }

    private AcceptCut crossSection(double pb) {
        String what = String.format(Locale.ROOT, "%.3g pb", pb);
        ModelCard.BackgroundQuantiles table = table(new OperatingPoint.CrossSection(pb));
        double efficiency = pb / table.crossSectionPb();
        if (efficiency >= 1.0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "operating point %s refused: the whole "
                    + "background of model card %s is %.4g pb", what, card.modelId(), table.crossSectionPb()));
        }
        return efficiency(efficiency, String.format(Locale.ROOT, "%s (eff_B %.3g of %.4g pb)", what, efficiency,
                table.crossSectionPb()));
    }

    private AcceptCut efficiency(double efficiency, String what) {
        ModelCard.BackgroundQuantiles table = table(new OperatingPoint.Efficiency(efficiency));
        AcceptCut cut = BackgroundTail.cutAt(table, efficiency, what);
        if (cut.eventsBehind() < MIN_EVENTS_BEHIND || cut.passFraction() > efficiency * 1.5) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "operating point %s refused: model card %s "
                    + "has %d validation background events, %.2g expected above such a cut, %d needed; the smallest "
                    + "usable eff_B is %.3g", what, card.modelId(), table.events(), efficiency * table.events(),
                    MIN_EVENTS_BEHIND, BackgroundTail.smallestUsableEfficiency(table, MIN_EVENTS_BEHIND)));
        }
        return new AcceptCut(cut.cut(), cut.passFraction(), cut.eventsBehind(), cut.effectiveEvents(),
                String.format(Locale.ROOT, "%s: cut %.4g, %d validation events above", what, cut.cut(), cut.eventsBehind()));
    }

    private ModelCard.BackgroundQuantiles table(OperatingPoint point) {
        ModelCard.BackgroundQuantiles table = card.thresholds().backgroundQuantiles();
        if (table == null) {
            throw new IllegalArgumentException("operating point " + point.spec() + " refused: model card "
                    + card.modelId() + " has no background quantile table (written before it); use a tier "
                    + "(anomaly.operating.point=tier:N) or retrain the model");
        }
        return table;
    }

    /** The validation sample's effective size: the table's, else the provenance's event count, else 0 (unknown). */
    public double validationSize() {
        ModelCard.BackgroundQuantiles table = card.thresholds().backgroundQuantiles();
        if (table != null) {
            return table.effectiveEvents();
        }
        return card.provenance() != null ? card.provenance().validationEvents() : 0.0;
    }
}
