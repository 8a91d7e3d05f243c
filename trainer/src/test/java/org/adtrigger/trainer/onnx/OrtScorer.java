package org.adtrigger.trainer.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.Map;
import org.adtrigger.scoring.onnx.SharedEnvironment;

/** Runs an exported model in ONNX Runtime, single-threaded (the test machine has two shared cores). */
final class OrtScorer implements AutoCloseable {
    /** Outputs of one run, flattened row-major. */
    record Output(float[] scores, float[] reconstruction) {
    }

    private final OrtEnvironment env = SharedEnvironment.get();
    private final OrtSession session;

    OrtScorer(byte[] model) throws OrtException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            session = env.createSession(model, options);
        }
    }

    OrtSession session() {
        return session;
    }

    Output run(float[][] rows) throws OrtException {
        int width = rows[0].length;
        FloatBuffer input = FloatBuffer.allocate(rows.length * width);
        for (float[] row : rows) {
            input.put(row);
        }
        input.flip();
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, input, new long[] {rows.length, width});
             OrtSession.Result result = session.run(Map.of(OnnxExporter.INPUT, tensor))) {
            return new Output(floats(result, OnnxExporter.SCORE), floats(result, OnnxExporter.RECONSTRUCTION));
        }
    }

    private static float[] floats(OrtSession.Result result, String name) {
        FloatBuffer buffer = ((OnnxTensor) result.get(name).orElseThrow()).getFloatBuffer();
        float[] out = new float[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
