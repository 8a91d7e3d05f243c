package org.adtrigger.trainer.api;

import java.nio.file.Path;
import org.adtrigger.core.model.ModelCard;

/**
 * What a training run wrote.
 *
 * @param onnx    the ONNX file
 * @param sidecar its model card as JSON next to it
 * @param card    the card
 * @param seconds wall time of the run
 */
public record TrainedModel(Path onnx, Path sidecar, ModelCard card, double seconds) {
}
