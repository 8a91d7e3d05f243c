package org.adtrigger.scoring.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.adtrigger.scoring.BatchScorer;

/**
 * Scores batches through a shared session without copying on the Java side. Both buffers are direct
 * and in native order, which is what lets ONNX Runtime wrap them instead of copying: the input tensor
 * is a view of the first n rows, and the score output is pinned to a view of the output buffer so the
 * runtime writes scores straight into it.
 */
final class OnnxBatchScorer implements BatchScorer {
    private final OrtEnvironment env;
    private final OrtSession session;
    private final GraphSignature signature;
    private final int width;
    private final int maxBatch;
    private final FloatBuffer input;
    private final FloatBuffer output;
    private boolean closed;

    OnnxBatchScorer(OrtEnvironment env, OrtSession session, GraphSignature signature, int width, int maxBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1, not " + maxBatch);
        }
        if ((long) maxBatch * width > Integer.MAX_VALUE / Float.BYTES) {
            throw new IllegalArgumentException("maxBatch " + maxBatch + " × width " + width + " floats exceeds one buffer");
        }
        this.env = env;
        this.session = session;
        this.signature = signature;
        this.width = width;
        this.maxBatch = maxBatch;
        this.input = directFloats(maxBatch * width);
        this.output = directFloats(maxBatch);
    }

    @Override
    public int inputWidth() {
        return width;
    }

    @Override
    public int maxBatch() {
        return maxBatch;
    }

    @Override
    public FloatBuffer input() {
        return input;
    }

    @Override
    public void score(int n, float[] scores) {
        if (closed) {
            throw new IllegalStateException("scorer is closed");
        }
        if (n < 0 || n > maxBatch) {
            throw new IllegalArgumentException("batch of " + n + " events, expected 0.." + maxBatch);
        }
        if (scores.length < n) {
            throw new IllegalArgumentException("score array holds " + scores.length + " values, batch has " + n);
        }
        if (n == 0) {
            return;
        }
        try (OnnxTensor in = OnnxTensor.createTensor(env, input.slice(0, n * width), new long[] {n, width});
             OnnxTensor out = OnnxTensor.createTensor(env, output.slice(0, n), signature.outputShape(n))) {
            // The result does not own the pinned output, so closing it releases nothing we read.
            session.run(Map.of(signature.inputName(), in), Map.of(signature.outputName(), out)).close();
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to score a batch of " + n + " events: " + e.getMessage(), e);
        }
        output.get(0, scores, 0, n);
    }

    @Override
    public void close() {
        closed = true;
    }

    private static FloatBuffer directFloats(int count) {
        return ByteBuffer.allocateDirect(count * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }
}
