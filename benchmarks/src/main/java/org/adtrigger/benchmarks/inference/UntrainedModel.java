package org.adtrigger.benchmarks.inference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.adtrigger.benchmarks.training.SyntheticRmmRows;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.card.ModelCardJson;
import org.adtrigger.trainer.api.ModelCardFactory;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.trainer.data.InMemoryBatchSource;
import org.adtrigger.trainer.model.AnomalyModel;
import org.adtrigger.trainer.model.Objective;
import org.adtrigger.trainer.model.ReconstructionError;
import org.adtrigger.trainer.onnx.OnnxExporter;
import org.adtrigger.trainer.preprocess.CellStatistics;
import org.adtrigger.trainer.preprocess.Scaling;

/**
 * A freshly initialised T4N6655 model of a named architecture, exported through the trainer's ONNX exporter
 * with a model card the scorer accepts. Inference cost depends on the widths, not on the weights, so the
 * model is not trained and its thresholds are placeholders. The mask and min-max scaler come from
 * {@link SyntheticRmmRows}, in which every cell is non-zero, so the network is the full 529-wide one the
 * issue quotes (ae-small 529-150-529); a model trained on real events keeps fewer cells and is cheaper.
 */
record UntrainedModel(AnomalyModel model, ModelCard card, Path onnxFile) {
    private static final int STATISTICS_ROWS = 1024;
    private static final ModelCard.Thresholds PLACEHOLDER_THRESHOLDS = new ModelCard.Thresholds("SCORE", 1.0,
            new double[] {2.0, 3.0, 4.0}, new double[] {1.0, 0.1, 0.01, 0.001}, List.of(), List.of());

    /** Builds the model and writes it to a temporary file. */
    static UntrainedModel export(String architecture) throws IOException {
        float[][] rows = SyntheticRmmRows.rows(STATISTICS_ROWS, 7);
        float[] weights = new float[rows.length];
        Arrays.fill(weights, 1f);
        CellStatistics statistics = CellStatistics.collect(new InMemoryBatchSource(rows, weights, 1024));
        AnomalyModel model = AnomalyModel.create(Architectures.parse(architecture),
                statistics.preprocessor(Scaling.MIN_MAX), Objective.of(ReconstructionError.MSE), 1);
        ModelCard card = ModelCardFactory.create("benchmark-" + architecture, RmmLayout.T4N6655, RmmOptions.DEFAULTS,
                SelectionPreset.NONE, architecture, model, PLACEHOLDER_THRESHOLDS, null);
        Path file = Files.createTempFile("adtrigger-bench-" + architecture, ".onnx");
        file.toFile().deleteOnExit();
        OnnxExporter.export(model, ModelCardJson.toJson(card), file);
        return new UntrainedModel(model, card, file);
    }
}
