package org.adtrigger.testsupport.onnx;

import java.util.List;
import java.util.stream.IntStream;

import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;

/** Model cards for test models: valid by default, with one field changed where a test needs it. */
public final class TestModelCards {
    private TestModelCards() {
    }

    public static ModelCard card(String layout, String scoreOutput) {
        return card(ModelCard.SCHEMA_VERSION, layout, scoreOutput);
    }

    public static ModelCard card(int schemaVersion, String layout, String scoreOutput) {
        return card(schemaVersion, layout, scoreOutput, "none", new double[] {1.2, 1.4, 1.6});
    }

    /** A valid card with the given event selection preset and tier cuts (3 ascending scores). */
    public static ModelCard card(String layout, String scoreOutput, String selection, double[] tierCuts) {
        return card(ModelCard.SCHEMA_VERSION, layout, scoreOutput, selection, tierCuts);
    }

    /** As {@link #card(String, String, String, double[])}, under another model id and background pass fractions. */
    public static ModelCard card(String layout, String scoreOutput, String selection, double[] tierCuts, String modelId,
                          double[] passFractions) {
        ModelCard card = card(layout, scoreOutput, selection, tierCuts);
        ModelCard.Thresholds t = card.thresholds();
        ModelCard.Thresholds thresholds = new ModelCard.Thresholds(t.space(), t.median(), t.tierCuts(), passFractions.clone(),
                t.efficiencyPoints(), t.crossSectionPoints());
        return new ModelCard(card.schemaVersion(), modelId, card.features(), card.selection(), card.architecture(),
                card.scaler(), card.score(), thresholds, card.provenance());
    }

    private static ModelCard card(int schemaVersion, String layout, String scoreOutput, String selection,
                                  double[] tierCuts) {
        int width = RmmLayout.parse(layout).cells();
        ModelCard.Features features = new ModelCard.Features(layout, RmmOptions.DEFAULTS, width,
                IntStream.range(0, width).toArray());
        ModelCard.Thresholds thresholds = new ModelCard.Thresholds("SCORE", 1.0, tierCuts.clone(),
                new double[] {1, 0.3, 0.2, 0.1}, List.of(), List.of());
        ModelCard.Provenance provenance = new ModelCard.Provenance(List.of(), 1, 1, 0.5, 0.6, 10, 5, 140_000,
                "2025-01-01T00:00:00Z", "test");
        return new ModelCard(schemaVersion, "test-" + layout, features, selection, "test ae", "NONE",
                new ModelCard.Score("MSE", false, scoreOutput), thresholds, provenance);
    }
}
