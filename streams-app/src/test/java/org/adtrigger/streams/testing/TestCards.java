package org.adtrigger.streams.testing;

import java.util.List;

import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.core.trigger.OperatingPoint;
import org.adtrigger.streams.processors.AcceptFilter;

/**
 * Model cards for tests, on the T4N6655 layout with default RMM options. Scores are GeV of E_T^miss (see
 * {@link MetScorer}): tiers start at 100, 200, 300; background pass fractions 1, 0.1, 0.01, 0.001; working
 * points at 120 (bit 0) and 320 (bit 1).
 */
public final class TestCards {
    public static final RmmLayout LAYOUT = RmmLayout.T4N6655;

    private TestCards() {
    }

    /** The filter of an operating point on {@link #card}{@code ("none")}. */
    public static AcceptFilter filter(String operatingPoint) {
        return AcceptFilter.of(OperatingPoint.parse(operatingPoint), card("none"), 0.0);
    }

    /**
     * {@link #card} with a background quantile table of 10 000 validation events (100 pb in all): ε 0.5 above
     * 80, 0.1 above 150, 0.01 above 250 (100 events), 1e-3 above 400 (10 events).
     */
    public static ModelCard cardWithTable() {
        ModelCard plain = card("none");
        ModelCard.Thresholds t = plain.thresholds();
        ModelCard.BackgroundQuantiles table = new ModelCard.BackgroundQuantiles(10_000, 10_000.0, 100.0, List.of(
                new ModelCard.QuantileRow(0.5, 80, 5000), new ModelCard.QuantileRow(0.1, 150, 1000),
                new ModelCard.QuantileRow(0.01, 250, 100), new ModelCard.QuantileRow(1e-3, 400, 10)));
        return new ModelCard(plain.schemaVersion(), plain.modelId(), plain.features(), plain.selection(),
                plain.architecture(), plain.scaler(), plain.score(), new ModelCard.Thresholds(t.space(), t.median(),
                t.tierCuts(), t.tierPassFractions(), t.efficiencyPoints(), t.crossSectionPoints(), table), null);
    }

    public static ModelCard card(String selection) {
        ModelCard.Features features = new ModelCard.Features(LAYOUT.spec(), RmmOptions.DEFAULTS, LAYOUT.cells(),
                new int[0]);
        ModelCard.Thresholds thresholds = new ModelCard.Thresholds("SCORE", 250.0 / 3, new double[] {100, 200, 300},
                new double[] {1.0, 0.1, 0.01, 0.001},
                List.of(new ModelCard.WorkingPoint(1e-2, 120, 1e-2), new ModelCard.WorkingPoint(1e-3, 320, 1e-3)),
                List.of());
        return new ModelCard(ModelCard.SCHEMA_VERSION, "test-model", features, selection, "met", "NONE",
                new ModelCard.Score("MSE", false, "score"), thresholds, null);
    }
}
