package org.adtrigger.benchmarks.inference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.model.ModelCardJson;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.trainer.cli.ModelCardFactory;
import org.adtrigger.trainer.data.InMemoryBatchSource;
import org.adtrigger.trainer.model.AnomalyModel;
import org.adtrigger.trainer.model.Objective;
import org.adtrigger.trainer.model.ReconstructionError;
import org.adtrigger.trainer.onnx.OnnxExporter;
import org.adtrigger.trainer.preprocess.CellStatistics;
import org.adtrigger.trainer.preprocess.Scaling;

/**
 * A freshly initialised model of a named architecture, with the mask and min-max scaler taken from the
 * benchmark's own RMM rows as training would take them, exported through the trainer's ONNX exporter with
 * a model card the scorer accepts. Inference cost depends on the widths, not on the weights, so the model
 * is not trained; its thresholds are placeholders.
 */
final class UntrainedModel {
    private static final ModelCard.Thresholds PLACEHOLDER_THRESHOLDS = new ModelCard.Thresholds("SCORE", 1.0,
            new double[] {2.0, 3.0, 4.0}, new double[] {1.0, 0.1, 0.01, 0.001}, List.of(), List.of());

    private final AnomalyModel model;
    private final ModelCard card;
    private final Path onnxFile;

    private UntrainedModel(AnomalyModel model, ModelCard card, Path onnxFile) {
        this.model = model;
        this.card = card;
        this.onnxFile = onnxFile;
    }

    /** Builds the model on {@code rows} (raw cells of {@code layout}) and writes it to a temporary file. */
    static UntrainedModel export(String architecture, RmmLayout layout, float[][] rows) throws IOException {
        float[] weights = new float[rows.length];
        Arrays.fill(weights, 1f);
        CellStatistics statistics = CellStatistics.collect(new InMemoryBatchSource(rows, weights, 1024));
        AnomalyModel model = AnomalyModel.create(Architectures.parse(architecture),
                statistics.preprocessor(Scaling.MIN_MAX), Objective.of(ReconstructionError.MSE), 1);
        ModelCard card = ModelCardFactory.create("benchmark-" + architecture, layout, RmmOptions.DEFAULTS,
                SelectionPreset.NONE, architecture, model, PLACEHOLDER_THRESHOLDS, null);
        Path file = Files.createTempFile("adtrigger-bench-" + architecture, ".onnx");
        file.toFile().deleteOnExit();
        OnnxExporter.export(model, ModelCardJson.toJson(card), file);
        return new UntrainedModel(model, card, file);
    }

    AnomalyModel model() {
        return model;
    }

    Path onnxFile() {
        return onnxFile;
    }

    /** The card's architecture line, e.g. {@code ae-small (ae:150:relu:linear) 412-150-412}. */
    String architecture() {
        return card.architecture();
    }
}
