package org.adtrigger.testsupport.onnx;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.adtrigger.core.model.ModelCard;
import org.adtrigger.card.ModelCardJson;
import org.adtrigger.core.rmm.RmmLayout;

/** ONNX files for tests in any package: small autoencoders with their card embedded. */
public final class TestModelFiles {
    /** Layout of the small test models: one object type, two objects, 3 × 3 = 9 cells. */
    public static final String SMALL_LAYOUT = "T1N2";
    /** Event selection of {@link #selective(Path)}: at least one good lepton above 60 GeV. */
    public static final String SELECTION = "atlas-1lep";
    private static final double[] SELECTIVE_CUTS = {0.02, 0.06, 0.2};

    private TestModelFiles() {
    }

    /** A 9-wide model that matches its card. */
    public static Path servable(Path dir) {
        return write(dir.resolve("servable.onnx"), TestAutoencoder.random(9, 3, 1), SMALL_LAYOUT, false);
    }

    /**
     * A 9-wide model whose card selects events with {@link #SELECTION} and puts tier cuts where, on
     * {@code EventGenerator}'s "all" mix, roughly 20 %, 10 % and 1 % of the selected events score above
     * them (measured on 4,800 selected events: 80th percentile 0.025, 90th 0.065, 99th 0.21).
     */
    public static Path selective(Path dir) {
        return write(dir.resolve("selective.onnx"), TestAutoencoder.random(9, 3, 1),
                TestModelCards.card(SMALL_LAYOUT, TestAutoencoder.SCORE, SELECTION, SELECTIVE_CUTS), false);
    }

    /**
     * {@link #selective(Path)} released again as {@code modelId} with other background pass fractions (tier
     * ≥ 0..3): a new model version to roll out, whose expected backgrounds differ from the first one's.
     */
    public static Path selectiveVersion(Path dir, String modelId, double[] passFractions) {
        return write(dir.resolve(modelId + ".onnx"), TestAutoencoder.random(9, 3, 1), TestModelCards.card(SMALL_LAYOUT,
                TestAutoencoder.SCORE, SELECTION, SELECTIVE_CUTS, modelId, passFractions), false);
    }

    /**
     * A network on the RMM {@code layout} that reconstructs nothing, so its score is the mean squared cell
     * (hard, massive events score high, as with a trained model), with its card changed by {@code edit},
     * written as {@code name}: e.g. tier cuts and expected spectra measured on a background.
     */
    public static Path blindWithCard(Path dir, String name, String layout, UnaryOperator<ModelCard> edit) {
        return write(dir.resolve(name), TestAutoencoder.blind(RmmLayout.parse(layout).cells(), 3),
                edit.apply(TestModelCards.card(layout, TestAutoencoder.SCORE)), false);
    }

    /** A card of {@code card} with other thresholds. */
    public static ModelCard withThresholds(ModelCard card, ModelCard.Thresholds thresholds) {
        return new ModelCard(card.schemaVersion(), card.modelId(), card.features(), card.selection(),
                card.architecture(), card.scaler(), card.score(), thresholds, card.provenance());
    }

    /** A 10-wide graph whose card describes 9 cells. */
    public static Path wrongWidth(Path dir) {
        return write(dir.resolve("wrong-width.onnx"), TestAutoencoder.random(10, 3, 1), SMALL_LAYOUT, false);
    }

    public static Path write(Path file, TestAutoencoder ae, String layout, boolean scoreAsColumn) {
        return write(file, ae, TestModelCards.card(layout, TestAutoencoder.SCORE), scoreAsColumn);
    }

    private static Path write(Path file, TestAutoencoder ae, ModelCard card, boolean scoreAsColumn) {
        ae.write(file, Map.of(ModelCard.ONNX_METADATA_KEY, ModelCardJson.toJson(card)), scoreAsColumn);
        return file;
    }
}
