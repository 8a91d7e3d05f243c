package org.adtrigger.trainer.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.schema.Event;
import org.adtrigger.scoring.BatchScorer;
import org.adtrigger.scoring.onnx.OnnxModel;
import org.adtrigger.scoring.onnx.ScorerDevice;
import org.adtrigger.scoring.onnx.ScorerSettings;
import org.adtrigger.trainer.evaluate.EventScoring;
import org.adtrigger.trainer.evaluate.ScoredEvents;
import org.adtrigger.trainer.pipeline.Split;
import org.adtrigger.trainer.pipeline.SplitAssignment;
import org.adtrigger.trainer.pipeline.SplitEventIterator;

/**
 * A trained ONNX model as the studies use it: scored through the stream's own ONNX Runtime scorer with the
 * card's selection and RMM, exactly as {@code adtrigger evaluate} scores, with the trainer's split.
 */
public final class StudyModel implements AutoCloseable {
    private static final int BATCH = 512;

    private final OnnxModel onnx;
    private final SelectionPreset selection;
    private final SplitAssignment split = new SplitAssignment(SplitAssignment.DEFAULT_VALIDATION_FRACTION);

    private StudyModel(OnnxModel onnx) {
        this.onnx = onnx;
        this.selection = SelectionPreset.byId(onnx.card().selection());
    }

    /** Loads a model and its card on the CPU, one intra-op thread. */
    public static StudyModel load(Path file) {
        return new StudyModel(OnnxModel.load(file, new ScorerSettings(ScorerDevice.CPU, 1, null)));
    }

    public ModelCard card() {
        return onnx.card();
    }

    /** The selected events of the archives' validation split (no event the model trained on). */
    public SplitEventIterator validationEvents(List<Path> archives) {
        return SplitEventIterator.of(archives, selection.newSelector(), split, Split.VALIDATION);
    }

    /** What a validation-split weight is multiplied by to stand for the whole sample. */
    public double validationWeightFactor() {
        return 1.0 / split.validationFraction();
    }

    /** The validation split of {@code archives}, scored, with weights scaled to the whole sample. */
    public ScoredEvents scoreValidation(List<Path> archives) throws IOException {
        try (SplitEventIterator events = validationEvents(archives)) {
            return score(events, validationWeightFactor(), CellTransform.NONE, null);
        }
    }

    /** Every selected event of {@code archives}, scored, each weight multiplied by {@code weightFactor}. */
    public ScoredEvents scoreAll(List<Path> archives, double weightFactor) throws IOException {
        try (SplitEventIterator events = SplitEventIterator.all(archives, selection.newSelector())) {
            return score(events, weightFactor, CellTransform.NONE, null);
        }
    }

    /**
     * Scores {@code events} with {@code transform} applied to each one's cells between the RMM builder and
     * the model ({@code random} feeds the transform; unused for {@link CellTransform#NONE}).
     */
    public ScoredEvents score(Iterator<Event> events, double weightFactor, CellTransform transform,
                              RandomGenerator random) {
        ScoredEvents table = new ScoredEvents();
        int size = RmmLayout.parse(card().features().rmmLayout()).size();
        try (BatchScorer scorer = transform == CellTransform.NONE ? onnx.newScorer(BATCH)
                : new TransformingScorer(onnx.newScorer(BATCH), transform, random, size)) {
            new EventScoring(scorer, card().features().newRmmBuilder()).scoreAll(events, weightFactor, table,
                    done -> { });
        }
        return table;
    }

    @Override
    public void close() {
        onnx.close();
    }
}
