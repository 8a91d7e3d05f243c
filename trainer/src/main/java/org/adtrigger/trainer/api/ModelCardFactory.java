package org.adtrigger.trainer.api;

import java.util.StringJoiner;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.trainer.arch.NetworkLayout;
import org.adtrigger.trainer.baseline.BaselineModel;
import org.adtrigger.trainer.model.AnomalyModel;
import org.adtrigger.trainer.onnx.OnnxExporter;

/** Fills the model card's feature, architecture and score sections from what the model was trained with. */
public final class ModelCardFactory {
    private ModelCardFactory() {
    }

    public static ModelCard create(String modelId, RmmLayout layout, RmmOptions options, SelectionPreset selection,
                            String architectureName, AnomalyModel model, ModelCard.Thresholds thresholds,
                            ModelCard.Provenance provenance) {
        ModelCard.Features features = features(layout, options, model.preprocessor().keptCells());
        boolean withKl = model.layout().isVariational() && model.objective().scoreKlWeight() > 0;
        ModelCard.Score score = new ModelCard.Score(model.objective().error().name(), withKl, OnnxExporter.SCORE);
        return new ModelCard(ModelCard.SCHEMA_VERSION, modelId, features, selection.id(),
                describe(architectureName, model), model.preprocessor().scaling().name(), score, thresholds,
                provenance);
    }

    /** A baseline's card: its description as the architecture, its own score definition and scaler. */
    public static ModelCard create(String modelId, RmmLayout layout, RmmOptions options, SelectionPreset selection,
                            BaselineModel model, ModelCard.Thresholds thresholds, ModelCard.Provenance provenance) {
        ModelCard.Score score = new ModelCard.Score(model.scoreDefinition(), false, OnnxExporter.SCORE);
        return new ModelCard(ModelCard.SCHEMA_VERSION, modelId, features(layout, options, model.keptCells()),
                selection.id(), model.description(), model.scaler(), score, thresholds, provenance);
    }

    private static ModelCard.Features features(RmmLayout layout, RmmOptions options, int[] keptCells) {
        return new ModelCard.Features(layout.spec(), options, layout.cells(), keptCells);
    }

    /** E.g. {@code ae-small (ae:150:relu:linear) 412-150-412}: the name given, its spec and the widths. */
    static String describe(String architectureName, AnomalyModel model) {
        NetworkLayout layout = model.layout();
        StringJoiner widths = new StringJoiner("-");
        widths.add(Integer.toString(layout.inputWidth()));
        layout.encoder().forEach(l -> widths.add(Integer.toString(l.outputs())));
        if (layout.isVariational()) {
            widths.add(Integer.toString(layout.codeWidth()));
        }
        layout.decoder().forEach(l -> widths.add(Integer.toString(l.outputs())));
        return architectureName + " (" + model.architecture().toSpecString() + ") " + widths;
    }
}
