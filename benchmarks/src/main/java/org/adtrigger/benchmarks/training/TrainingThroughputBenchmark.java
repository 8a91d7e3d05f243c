package org.adtrigger.benchmarks.training;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.adtrigger.trainer.arch.ArchitectureSpec;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.trainer.api.Nd4jThreads;
import org.adtrigger.trainer.data.Batch;
import org.adtrigger.trainer.data.InMemoryBatchSource;
import org.adtrigger.trainer.model.AnomalyModel;
import org.adtrigger.trainer.model.Objective;
import org.adtrigger.trainer.model.ReconstructionError;
import org.adtrigger.trainer.preprocess.CellStatistics;
import org.adtrigger.trainer.preprocess.Scaling;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Training throughput in events per second (one operation = one event; each invocation trains
 * {@value #BATCHES} mini-batches of {@value #BATCH_SIZE} 529-wide rows): the trainer's weighted SameDiff
 * step ({@link AnomalyModel#fit}: forward, backward, Adam) next to the plain DL4J MultiLayerNetwork of the
 * same widths trained with {@code fit()}, on the same rows, in the same run. ND4J's thread count is set after
 * the backend loads, as {@code adtrigger train --threads} does; each parameter set runs in its own fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TrainingThroughputBenchmark {
    static final int BATCH_SIZE = 256;
    static final int BATCHES = 8;
    private static final int EVENTS = BATCH_SIZE * BATCHES;
    private static final double LEARNING_RATE = 1e-3;

    @Param({"ae-large", "ae-small"})
    public String model;

    @Param({"1", "2"})
    public int threads;

    private Batch[] batches;
    private DataSet[] unweighted;
    private AnomalyModel trainer;
    private MultiLayerNetwork baseline;
    private final Random noise = new Random(1);

    @Setup(Level.Trial)
    public void setUp() {
        Nd4jThreads.limit(threads);
        float[][] rows = SyntheticRmmRows.rows(EVENTS, 7);
        InMemoryBatchSource source = new InMemoryBatchSource(rows, SyntheticRmmRows.weights(EVENTS, 8), BATCH_SIZE);
        batches = source.batches().toArray(Batch[]::new);
        unweighted = new DataSet[BATCHES];
        for (int i = 0; i < BATCHES; i++) {
            var features = Nd4j.create(batches[i].rows());
            unweighted[i] = new DataSet(features, features);
        }
        ArchitectureSpec architecture = Architectures.parse(model);
        trainer = AnomalyModel.create(architecture, CellStatistics.collect(source).preprocessor(Scaling.MIN_MAX),
                Objective.of(ReconstructionError.MSE), 1);
        baseline = Dl4jBaseline.network(architecture.layout(SyntheticRmmRows.WIDTH), LEARNING_RATE, 1);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public double trainerWeightedSameDiff() {
        double loss = 0;
        for (Batch batch : batches) {
            loss += trainer.fit(batch, batch.weightSum(), LEARNING_RATE, noise);
        }
        return loss;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public double plainDl4jFit() {
        for (DataSet batch : unweighted) {
            baseline.fit(batch);
        }
        return baseline.score();
    }
}
