package org.adtrigger.trainer.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Trains a model for a study the way {@code adtrigger train} does, with the study's training options. */
@FunctionalInterface
public interface ModelTrainer {
    /**
     * Trains on {@code archives} and writes {@code onnxFile} with its card sidecar.
     *
     * @param architecture an architecture string as {@code train --model} takes it
     * @return the ONNX file
     */
    Path train(Path onnxFile, List<Path> archives, String architecture) throws IOException;
}
