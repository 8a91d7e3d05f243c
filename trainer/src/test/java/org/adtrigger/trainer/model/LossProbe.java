package org.adtrigger.trainer.model;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.adtrigger.trainer.data.Batch;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Evaluates a model's batch loss Σ w·ℓ / norm and its gradients without taking a step. */
final class LossProbe {
    private LossProbe() {
    }

    static double loss(AnomalyModel model, Batch batch, double norm) {
        return model.sameDiff().outputSingle(model.feeder().training(batch, norm, new Random(0)), GraphNames.LOSS)
                .getDouble(0);
    }

    /** Gradients of the loss by parameter name. */
    static Map<String, INDArray> gradients(AnomalyModel model, Batch batch, double norm) {
        List<String> params = model.layout().allLayers().stream()
                .flatMap(l -> List.of(l.weightName(), l.biasName()).stream()).toList();
        return model.sameDiff().calculateGradients(model.feeder().training(batch, norm, new Random(0)), params);
    }
}
