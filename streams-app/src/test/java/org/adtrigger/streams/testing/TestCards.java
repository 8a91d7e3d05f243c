package org.adtrigger.streams.testing;

import java.util.List;

import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.rmm.RmmLayout;
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

    public static ModelCard card(String selection) {
        ModelCard.Features features = new ModelCard.Features(LAYOUT.spec(), 13000.0, 0.15, true, 30.0, "ADFILTER",
                LAYOUT.cells(), new int[0]);
        ModelCard.Thresholds thresholds = new ModelCard.Thresholds("SCORE", 250.0 / 3, new double[] {100, 200, 300},
                new double[] {1.0, 0.1, 0.01, 0.001},
                List.of(new ModelCard.WorkingPoint(1e-2, 120, 1e-2), new ModelCard.WorkingPoint(1e-3, 320, 1e-3)),
                List.of());
        return new ModelCard(ModelCard.SCHEMA_VERSION, "test-model", features, selection, "met", "NONE",
                new ModelCard.Score("MSE", false, "score"), thresholds, null);
    }
}
