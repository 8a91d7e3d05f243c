package org.adtrigger.benchmarks.inference;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.adtrigger.benchmarks.CpuTime;
import org.adtrigger.benchmarks.events.BenchmarkEvents;
import org.adtrigger.core.rmm.RmmBuilder;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.schema.Event;
import org.adtrigger.scoring.BatchScorer;
import org.adtrigger.scoring.onnx.OnnxModel;
import org.adtrigger.scoring.onnx.ScorerDevice;
import org.adtrigger.scoring.onnx.ScorerSettings;
import org.adtrigger.scoring.onnx.SharedEnvironment;
import org.adtrigger.trainer.api.Nd4jThreads;
import org.adtrigger.trainer.onnx.OnnxExporter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Inference cost of one batch of T4N6655 events (one operation = one batch of {@link #batch} events; events/s
 * = ops/s × batch), the same exported model measured four ways in the same fork:
 * <ol>
 *   <li>{@link #rawOrt}: {@code OrtSession.run} on an input tensor and a pinned score tensor prepared once
 *       over direct buffers — the least any Java caller of ONNX Runtime pays;</li>
 *   <li>{@link #scorer}: the stream's {@link BatchScorer} ({@code OnnxBatchScorer}) with its input already
 *       written, so scorer overhead = rawOrt / scorer − 1 in ops/s;</li>
 *   <li>{@link #rmmAndScorer}: the RMM of every event built into the scorer's input, then scored: the
 *       stream's per-batch work after deserialisation;</li>
 *   <li>{@link #sameDiff}: the trainer's SameDiff graph of the same network ({@code AnomalyModel.eventLosses},
 *       which for an autoencoder is the score) on the same rows as {@code float[][]}.</li>
 * </ol>
 * The raw session is opened with the options the scorer's session uses (spinning off, one inter-op thread),
 * so the two differ only in what the scorer does around {@code run}. ND4J's threads are capped at
 * {@link #threads} too, as {@code adtrigger train --threads} does. {@link CpuTime} records the fork's CPU time
 * per iteration, so the variants can also be compared per CPU-second on a loaded machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InferenceBenchmark {
    private static final int POOL = 8192;
    private static final RmmLayout LAYOUT = RmmLayout.T4N6655;

    @Param({"ae-small", "ae-large"})
    public String model;

    @Param({"1", "64", "512", "4096"})
    public int batch;

    /** ONNX Runtime intra-op threads, and ND4J threads for {@link #sameDiff}. */
    @Param({"1", "2"})
    public int threads;

    private Event[] events;
    private float[][] batchRows;
    private UntrainedModel untrained;
    private OnnxModel onnx;
    private BatchScorer batchScorer;
    private RmmBuilder builder;
    private float[] scores;
    private OrtSession.SessionOptions rawOptions;
    private OrtSession rawSession;
    private OnnxTensor rawInput;
    private OnnxTensor rawOutput;
    private Map<String, OnnxTensor> rawInputs;
    private Map<String, OnnxTensor> rawOutputs;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException, OrtException {
        Nd4jThreads.limit(threads);
        events = BenchmarkEvents.typical(POOL);
        RmmBuilder rowBuilder = new RmmBuilder(LAYOUT, RmmOptions.DEFAULTS);
        float[][] rows = new float[POOL][LAYOUT.cells()];
        for (int i = 0; i < POOL; i++) {
            rowBuilder.build(events[i], rows[i], 0);
        }
        untrained = UntrainedModel.export(model);
        System.out.printf("%nmodel %s%n", untrained.card().architecture());

        batchRows = new float[batch][];
        System.arraycopy(rows, 0, batchRows, 0, batch);
        onnx = OnnxModel.load(untrained.onnxFile(), new ScorerSettings(ScorerDevice.CPU, threads, null));
        batchScorer = onnx.newScorer(batch);
        builder = onnx.card().features().newRmmBuilder();
        scores = new float[batch];
        fill(batchScorer.input(), batchRows);
        openRawSession();
    }

    private void openRawSession() throws OrtException {
        OrtEnvironment env = SharedEnvironment.get();
        rawOptions = new OrtSession.SessionOptions();
        rawOptions.setIntraOpNumThreads(threads);
        rawOptions.setInterOpNumThreads(1);
        rawOptions.addConfigEntry("session.intra_op.allow_spinning", "0");
        rawOptions.addConfigEntry("session.inter_op.allow_spinning", "0");
        rawOptions.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        rawOptions.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        rawSession = env.createSession(untrained.onnxFile().toString(), rawOptions);
        FloatBuffer input = directFloats(batch * LAYOUT.cells());
        fill(input, batchRows);
        rawInput = OnnxTensor.createTensor(env, input, new long[] {batch, LAYOUT.cells()});
        rawOutput = OnnxTensor.createTensor(env, directFloats(batch), new long[] {batch});
        rawInputs = Map.of(OnnxExporter.INPUT, rawInput);
        rawOutputs = Map.of(OnnxExporter.SCORE, rawOutput);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws OrtException {
        rawInput.close();
        rawOutput.close();
        rawSession.close();
        rawOptions.close();
        batchScorer.close();
        onnx.close();
    }

    @Benchmark
    public OnnxTensor rawOrt(CpuTime cpu) throws OrtException {
        rawSession.run(rawInputs, rawOutputs).close();
        return rawOutput;
    }

    @Benchmark
    public float[] scorer(CpuTime cpu) {
        batchScorer.score(batch, scores);
        return scores;
    }

    @Benchmark
    public float[] rmmAndScorer(CpuTime cpu) {
        FloatBuffer input = batchScorer.input();
        int width = batchScorer.inputWidth();
        for (int k = 0; k < batch; k++) {
            builder.build(events[next++ & (POOL - 1)], input, k * width);
        }
        batchScorer.score(batch, scores);
        return scores;
    }

    @Benchmark
    public float[] sameDiff(CpuTime cpu) {
        return untrained.model().eventLosses(batchRows);
    }

    private static void fill(FloatBuffer buffer, float[][] rows) {
        for (int k = 0; k < rows.length; k++) {
            buffer.put(k * rows[k].length, rows[k]);
        }
    }

    private static FloatBuffer directFloats(int count) {
        return ByteBuffer.allocateDirect(count * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }
}
