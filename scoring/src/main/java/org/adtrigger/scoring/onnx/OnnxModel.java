package org.adtrigger.scoring.onnx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.model.ModelCompatibility;
import org.adtrigger.scoring.onnx.SessionOpener.OpenedSession;
import org.adtrigger.scoring.BatchScorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ONNX model file loaded once and shared by every stream thread: a single ONNX Runtime session
 * (thread-safe for concurrent runs) plus the model card it was checked against. Each thread scores
 * through its own {@link #newScorer(int)}, which owns that thread's buffers.
 */
public final class OnnxModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OnnxModel.class);

    private final Path file;
    private final OrtEnvironment env;
    private final OpenedSession opened;
    private final ModelCard card;
    private final GraphSignature signature;

    private OnnxModel(Path file, OrtEnvironment env, OpenedSession opened, ModelCard card, GraphSignature signature) {
        this.file = file;
        this.env = env;
        this.opened = opened;
        this.card = card;
        this.signature = signature;
    }

    /**
     * Loads and checks a model.
     *
     * @throws ModelRejectedException when the card is missing or the model does not fit this software,
     *                                the configuration or its own graph; the message lists every problem
     * @throws IllegalStateException  when the file cannot be opened or the requested device is unavailable
     */
    public static OnnxModel load(Path file, ScorerSettings settings) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("model file " + file + " does not exist");
        }
        OrtEnvironment env = SharedEnvironment.get();
        OpenedSession opened;
        try {
            opened = SessionOpener.open(env, file, settings);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + file + ": " + e.getMessage(), e);
        }
        try {
            ModelCard card = ModelCardReader.read(opened.session(), file);
            GraphSignature signature = GraphSignature.inspect(opened.session(), card.score().outputName());
            List<String> problems = new ArrayList<>(
                    ModelCompatibility.problems(card, signature.inputWidth(), settings.requiredLayout()));
            problems.addAll(signature.problems());
            if (!problems.isEmpty()) {
                throw new ModelRejectedException(file, problems);
            }
            LOG.info("Model {} ({}, {} cells) loaded from {} on {} with {} intra-op thread(s)", card.modelId(),
                    card.features().rmmLayout(), card.features().inputWidth(), file, opened.device().label(),
                    settings.intraOpThreads());
            card.features().metPhiNote().ifPresent(note -> LOG.info("Model {} was {}", card.modelId(), note));
            return new OnnxModel(file, env, opened, card, signature);
        } catch (OrtException e) {
            opened.close();
            throw new IllegalStateException("ONNX Runtime cannot inspect " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** A scorer for one thread, with buffers for up to {@code maxBatch} events. */
    public BatchScorer newScorer(int maxBatch) {
        return new OnnxBatchScorer(env, opened.session(), signature, card.features().inputWidth(), maxBatch);
    }

    public ModelCard card() {
        return card;
    }

    /** The device the session actually runs on (never {@link ScorerDevice#AUTO}). */
    public ScorerDevice device() {
        return opened.device();
    }

    public Path file() {
        return file;
    }

    /** Closes the session; close every scorer first. */
    @Override
    public void close() {
        opened.close();
    }
}
