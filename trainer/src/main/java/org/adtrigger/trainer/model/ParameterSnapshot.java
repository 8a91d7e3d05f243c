package org.adtrigger.trainer.model;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A copy of a model's trainable parameters, to go back to the best epoch after early stopping. */
public final class ParameterSnapshot {
    private final Map<String, INDArray> values;

    ParameterSnapshot(Map<String, INDArray> values) {
        this.values = Map.copyOf(values);
    }

    Map<String, INDArray> values() {
        return values;
    }
}
