package org.adtrigger.scoring.onnx;

import java.nio.file.Path;
import java.util.List;

/** A model file that cannot be served; the message names the file and every problem found, on one line. */
public final class ModelRejectedException extends RuntimeException {
    private final transient List<String> problems;

    public ModelRejectedException(Path modelFile, List<String> problems) {
        super("refusing model " + modelFile + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as "item: what disagrees", e.g. "input width: ONNX graph takes 530 cells, card says 529". */
    public List<String> problems() {
        return problems;
    }
}
