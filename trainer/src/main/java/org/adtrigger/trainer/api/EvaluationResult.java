package org.adtrigger.trainer.api;

import java.nio.file.Path;
import java.util.List;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.trainer.evaluate.Evaluation;
import org.adtrigger.trainer.evaluate.ReportContext;

/**
 * What an evaluation found and wrote.
 *
 * @param context    the report's provenance: the card, the archives read and what each gave
 * @param evaluation the figures per signal
 * @param written    the report's files, metrics.json first
 * @param seconds    wall time of the evaluation
 */
public record EvaluationResult(ReportContext context, Evaluation evaluation, List<Path> written, double seconds) {
    public EvaluationResult {
        written = List.copyOf(written);
    }

    public ModelCard card() {
        return context.card();
    }
}
