package org.adtrigger.scoring.onnx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.model.ModelCardJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a model's card: in the ONNX metadata first, because it cannot drift from the weights there,
 * then in the JSON sidecar for models whose exporter could not write metadata.
 */
final class ModelCardReader {
    private static final Logger LOG = LoggerFactory.getLogger(ModelCardReader.class);

    private ModelCardReader() {
    }

    static ModelCard read(OrtSession session, Path modelFile) throws OrtException {
        Optional<String> embedded = session.getMetadata().getCustomMetadataValue(ModelCard.ONNX_METADATA_KEY);
        try {
            if (embedded.isPresent()) {
                return ModelCardJson.fromJson(embedded.get(), modelFile + " (metadata " + ModelCard.ONNX_METADATA_KEY + ")");
            }
            Path sidecar = ModelCardJson.sidecarOf(modelFile);
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
}
