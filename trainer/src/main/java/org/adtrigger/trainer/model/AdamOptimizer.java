package org.adtrigger.trainer.model;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.updaters.AdamUpdater;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Adam (Kingma &amp; Ba 2015; β₁ 0.9, β₂ 0.999, ε 1e-8) applied in place to named parameters, one fused native
 * op per parameter. Driven by hand rather than through SameDiff's fit, which reports no batch loss per call
 * and costs more per step than the gradient itself on small networks.
 */
final class AdamOptimizer {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final Map<String, INDArray> firstMoments = new HashMap<>();
    private final Map<String, INDArray> secondMoments = new HashMap<>();
    private int steps;

    /** Moves each parameter against its gradient; the gradient arrays are overwritten with the updates. */
    void step(Map<String, INDArray> parameters, Map<String, INDArray> gradients, double learningRate) {
        for (Map.Entry<String, INDArray> p : parameters.entrySet()) {
            INDArray g = gradients.get(p.getKey());
            INDArray m = firstMoments.computeIfAbsent(p.getKey(), k -> g.ulike().assign(0));
            INDArray v = secondMoments.computeIfAbsent(p.getKey(), k -> g.ulike().assign(0));
            // the op counts iterations from 0 and applies the bias corrections for iteration + 1
            Nd4j.exec(new AdamUpdater(g, v, m, learningRate, BETA1, BETA2, EPSILON, steps));
            p.getValue().subi(g);
        }
        steps++;
    }

    Map<String, INDArray> firstMoments() {
        return firstMoments;
    }

    Map<String, INDArray> secondMoments() {
        return secondMoments;
    }

    int steps() {
        return steps;
    }

    /** Continues from saved moments (as from {@link #firstMoments()} etc.) instead of from zero. */
    void resume(Map<String, INDArray> first, Map<String, INDArray> second, int stepsDone) {
        firstMoments.clear();
        firstMoments.putAll(first);
        secondMoments.clear();
        secondMoments.putAll(second);
        steps = stepsDone;
    }
}
