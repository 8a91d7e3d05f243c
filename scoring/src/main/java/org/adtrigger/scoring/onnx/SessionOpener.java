package org.adtrigger.scoring.onnx;

import java.nio.file.Path;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens an ONNX Runtime session on the execution provider that {@link ScorerSettings#device()} asks for. */
final class SessionOpener {
    private static final Logger LOG = LoggerFactory.getLogger(SessionOpener.class);

    private SessionOpener() {
    }

    /** A session with the options it was built from (ORT requires them to outlive the session). */
    record OpenedSession(OrtSession session, SessionOptions options, ScorerDevice device) implements AutoCloseable {
        @Override
        public void close() {
            try {
                session.close();
            } catch (OrtException e) {
                LOG.warn("closing the ONNX Runtime session failed: {}", e.getMessage());
            } finally {
                options.close();
            }
        }
    }

    static OpenedSession open(OrtEnvironment env, Path modelFile, ScorerSettings settings) throws OrtException {
        boolean cudaBuilt = OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
        switch (settings.device()) {
            case CPU:
                return openOn(env, modelFile, ScorerDevice.CPU, settings);
            case CUDA:
                if (!cudaBuilt) {
                    throw new IllegalStateException("scorer.device=cuda, but this ONNX Runtime build has no CUDA "
                            + "execution provider (build with -Pgpu to get onnxruntime_gpu)");
                }
                try {
                    return openOn(env, modelFile, ScorerDevice.CUDA, settings);
                } catch (OrtException e) {
                    throw new IllegalStateException("scorer.device=cuda, but the CUDA execution provider cannot start: "
                            + e.getMessage(), e);
                }
            default:
                if (!cudaBuilt) {
                    LOG.info("scorer.device=auto: this ONNX Runtime build has no CUDA execution provider; scoring on CPU");
                    return openOn(env, modelFile, ScorerDevice.CPU, settings);
                }
                try {
                    return openOn(env, modelFile, ScorerDevice.CUDA, settings);
                } catch (OrtException e) {
                    LOG.warn("scorer.device=auto: CUDA execution provider unavailable ({}); scoring on CPU", e.getMessage());
                    return openOn(env, modelFile, ScorerDevice.CPU, settings);
                }
        }
    }

    private static OpenedSession openOn(OrtEnvironment env, Path modelFile, ScorerDevice device, ScorerSettings settings)
            throws OrtException {
        SessionOptions options = new SessionOptions();
        try {
            options.setIntraOpNumThreads(settings.intraOpThreads());
            options.setInterOpNumThreads(1);
            // Spinning workers burn a core waiting for the next run; with the stream threads on the same
            // few cores that time is stolen from deserialisation and RMM building.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            options.setExecutionMode(SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(SessionOptions.OptLevel.ALL_OPT);
            if (device == ScorerDevice.CUDA) {
                options.addCUDA(0);
            }
            return new OpenedSession(env.createSession(modelFile.toString(), options), options, device);
        } catch (OrtException | RuntimeException e) {
            options.close();
            throw e;
        }
    }
}
