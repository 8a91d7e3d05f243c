package org.adtrigger.scoring.onnx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.card.ModelCardJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a model's card: in the ONNX metadata first, because it cannot drift from the weights there,
 * then in the JSON sidecar for models whose exporter could not write metadata. When both exist, one log
 * line says which is used, and warns when the sidecar differs (an edited sidecar has no effect).
 */
final class ModelCardReader {
    private static final Logger LOG = LoggerFactory.getLogger(ModelCardReader.class);

    private ModelCardReader() {
    }

    static ModelCard read(OrtSession session, Path modelFile) throws OrtException {
        Optional<String> embedded = session.getMetadata().getCustomMetadataValue(ModelCard.ONNX_METADATA_KEY);
        try {
            Path sidecar = ModelCardJson.sidecarOf(modelFile);
            if (embedded.isPresent()) {
                ModelCard card = ModelCardJson.fromJson(embedded.get(),
                        modelFile + " (metadata " + ModelCard.ONNX_METADATA_KEY + ")");
                sayWhichCard(modelFile, card, sidecar);
                return card;
            }
            if (Files.isRegularFile(sidecar)) {
                LOG.info("{} has no embedded model card; using the sidecar {}", modelFile.getFileName(), sidecar);
                return ModelCardJson.read(sidecar);
            }
        } catch (IllegalArgumentException e) {
            throw new ModelRejectedException(modelFile, List.of("model card: " + e.getMessage()));
        }
        throw new ModelRejectedException(modelFile, List.of("model card: none in the ONNX metadata ("
                + ModelCard.ONNX_METADATA_KEY + ") and no sidecar " + ModelCardJson.sidecarOf(modelFile)));
    }

    /**
     * One line saying which card is used when a sidecar exists too: an operator who edited the sidecar must
     * learn that the embedded card wins (it is the one exported with the weights), not find out by accident.
     */
    private static void sayWhichCard(Path modelFile, ModelCard embedded, Path sidecar) {
        if (!Files.isRegularFile(sidecar)) {
            return;
        }
        String difference;
        try {
            ModelCard side = ModelCardJson.read(sidecar);
            difference = ModelCardJson.toJson(side).equals(ModelCardJson.toJson(embedded)) ? null : "differs from it";
        } catch (RuntimeException e) {
            difference = "cannot be read (" + e.getMessage() + ")";
        }
        if (difference == null) {
            LOG.info("Using the model card embedded in {}; the sidecar {} matches it", modelFile, sidecar);
        } else {
            LOG.warn("Using the model card embedded in {}; the sidecar {} {} and is ignored", modelFile, sidecar,
                    difference);
        }
    }
}
