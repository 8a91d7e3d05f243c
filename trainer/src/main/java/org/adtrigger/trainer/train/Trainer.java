package org.adtrigger.trainer.train;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.adtrigger.trainer.data.Batch;
import org.adtrigger.trainer.data.BatchSource;
import org.adtrigger.trainer.model.AnomalyModel;
import org.adtrigger.trainer.model.ParameterSnapshot;

/**
 * Mini-batch training with Adam and early stopping on the weighted validation loss. Each epoch is one pass
 * over the training source in the source's order; at the end the model holds the parameters of the best
 * epoch. Given the same sources, model seed and options, a run is repeatable.
 *
 * <p>Each batch minimises Σ w·ℓ / Σ w. With negative weights a batch's Σ w can be zero or negative, which
 * would blow up or reverse its step; such a batch is normalised by Σ |w| instead, which keeps the step's
 * direction (that of Σ w·∇ℓ) and its order of magnitude.
 */
public final class Trainer {
    private final TrainingOptions options;
    private final TrainingListener listener;

    public Trainer(TrainingOptions options, TrainingListener listener) {
        this.options = options;
        this.listener = listener;
    }

    public TrainingResult train(AnomalyModel model, BatchSource training, BatchSource validation) {
        Random noise = new Random(options.seed());
        EarlyStopping stopping = new EarlyStopping(options.patience(), options.minRelativeImprovement());
        List<EpochReport> reports = new ArrayList<>();
        ParameterSnapshot best = null;
        for (int epoch = 1; epoch <= options.maxEpochs() && !stopping.shouldStop(); epoch++) {
            long start = System.nanoTime();
            WeightedMean trainLoss = new WeightedMean();
            long events = trainEpoch(model, training, epoch, noise, trainLoss);
            long trained = System.nanoTime();
            double validationLoss = validationLoss(model, validation);
            double trainingMean = trainLoss.mean("training");
            if (!Double.isFinite(trainingMean) || !Double.isFinite(validationLoss)) {
                throw new IllegalStateException("training diverged in epoch " + epoch + " (training loss "
                        + trainingMean + ", validation loss " + validationLoss + "); lower the learning rate");
            }
            boolean improved = stopping.update(epoch, validationLoss);
            if (improved) {
                best = model.snapshot();
            }
            EpochReport report = new EpochReport(epoch, trainingMean, validationLoss, events,
                    (trained - start) / 1e9, (System.nanoTime() - trained) / 1e9, improved);
            reports.add(report);
            listener.onEpoch(report);
        }
        model.restore(best);
        return new TrainingResult(reports, stopping.bestEpoch(), stopping.best(), stopping.shouldStop());
    }

    /** Weighted mean over all events of the per-event objective on the mean path. */
    public static double validationLoss(AnomalyModel model, BatchSource source) {
        WeightedMean mean = new WeightedMean();
        try (Stream<Batch> batches = source.batches()) {
            for (Iterator<Batch> it = batches.iterator(); it.hasNext(); ) {
                Batch batch = it.next();
                float[] losses = model.eventLosses(batch.rows());
                for (int i = 0; i < losses.length; i++) {
                    mean.add(losses[i], batch.weights()[i]);
                }
            }
        }
        return mean.mean("validation");
    }

    private long trainEpoch(AnomalyModel model, BatchSource training, int epoch, Random noise,
                            WeightedMean trainLoss) {
        long events = 0;
        try (Stream<Batch> batches = training.batches()) {
            for (Iterator<Batch> it = batches.iterator(); it.hasNext(); ) {
                Batch batch = it.next();
                double weightSum = batch.weightSum();
                double norm = weightSum > 0 ? weightSum : batch.absoluteWeightSum();
                if (norm > 0) {  // a batch whose weights are all zero has nothing to teach
                    double loss = model.fit(batch, norm, options.learningRate(), noise);
                    trainLoss.addSums(loss * norm, weightSum);
                }
                events += batch.size();
                listener.onBatch(epoch, events);
            }
        }
        return events;
    }
}
