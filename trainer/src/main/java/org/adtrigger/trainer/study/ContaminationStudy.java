package org.adtrigger.trainer.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.adtrigger.core.stats.WeightedSample;
import org.adtrigger.ingest.avro.EventArchiveReader;
import org.adtrigger.ingest.avro.EventArchiveWriter;
import org.adtrigger.schema.Event;
import org.adtrigger.trainer.evaluate.CutYield;
import org.adtrigger.trainer.evaluate.Discriminant;
import org.adtrigger.trainer.evaluate.RocSummary;
import org.adtrigger.trainer.evaluate.ScoredEvents;

/**
 * Trains one model per contamination fraction on the background plus that fraction of signal (see
 * {@link ContaminationMix}) and scores the same independent signal events against the background's
 * validation split. The signal archives are dealt alternately into a pool the contaminants are taken from
 * (in order) and an evaluation half that no model trains on; the evaluation weights are scaled up so that
 * the half stands for the whole sample's yield.
 */
public final class ContaminationStudy {
    /** The background efficiency of the working point where Z is quoted. */
    public static final double WORKING_POINT = 1e-3;
    private static final int TIER = 3;

    private ContaminationStudy() {
    }

    /**
     * One fraction's outcome. Yields in expected events at the luminosity the weights are normalised to.
     *
     * @param fraction         the signal fraction of the training mixture
     * @param signalEventsMixed signal events added to the background
     * @param validationLoss   the model's best validation loss (the mixture's validation split)
     * @param autoencoder      ROC figures of the evaluation signal against the background's validation split
     * @param workingPoint     s, b and Z at the score cut leaving ε_B = {@link #WORKING_POINT}
     * @param tier3            s, b and Z above the model card's tier-3 cut
     */
    public record Row(double fraction, long signalEventsMixed, double validationLoss, RocSummary autoencoder,
                      CutYield workingPoint, CutYield tier3) {
    }

    public static List<Row> run(List<Path> background, List<Path> signals, List<Double> fractions, Path work,
                                ModelTrainer trainer, String architecture) throws IOException {
        StudyArchives.Totals totals = StudyArchives.totals(background);
        Path pool = work.resolve("signal-pool.avro");
        Path evaluation = work.resolve("signal-evaluation.avro");
        long[] dealt = deal(signals, pool, evaluation);
        double evaluationFactor = (double) (dealt[0] + dealt[1]) / dealt[1];
        List<Row> rows = new ArrayList<>();
        for (double fraction : fractions) {
            long mixed = ContaminationMix.signalEvents(totals.events(), fraction);
            if (mixed > dealt[0]) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "fraction %s of %d background events "
                        + "needs %d signal events, but the signal pool holds %d (half the signal archives)",
                        fraction, totals.events(), mixed, dealt[0]));
            }
            String name = "contaminated-" + fraction;
            List<Path> training = new ArrayList<>(background);
            if (mixed > 0) {
                Path mix = work.resolve(name + ".avro");
                try (EventArchiveReader reader = EventArchiveReader.open(pool)) {
                    StudyArchives.write(mix, contaminants(reader, mixed, totals.meanWeight()), Map.of(
                            "study.contaminants", Long.toString(mixed), "study.pool", signals.toString(),
                            "study.weight", Double.toString(totals.meanWeight())));
                }
                training.add(mix);
            }
            Path onnx = trainer.train(work.resolve(name + ".onnx"), training, architecture);
            try (StudyModel model = StudyModel.load(onnx)) {
                ScoredEvents bkg = model.scoreValidation(background);
                ScoredEvents sig = model.scoreAll(List.of(evaluation), evaluationFactor);
                WeightedSample b = bkg.sample(Discriminant.AE_SCORE);
                WeightedSample s = sig.sample(Discriminant.AE_SCORE);
                double cut = b.quantile(1 - WORKING_POINT);
                rows.add(new Row(fraction, mixed, model.card().provenance().validationLoss(), RocSummary.of(s, b),
                        CutYield.of(s, b, cut), CutYield.of(s, b, model.card().thresholds().tierCuts()[TIER - 1])));
            }
        }
        return rows;
    }

    /** Deals the signal events alternately into {@code even} and {@code odd}; returns how many went to each. */
    private static long[] deal(List<Path> signals, Path even, Path odd) throws IOException {
        try (EventArchiveWriter first = StudyArchives.create(even, Map.of("study.pool", signals.toString()));
             EventArchiveWriter second = StudyArchives.create(odd, Map.of("study.evaluation", signals.toString()))) {
            for (Path archive : signals) {
                try (EventArchiveReader reader = EventArchiveReader.open(archive)) {
                    Event event = null;
                    while (reader.hasNext()) {
                        event = reader.next(event);
                        (first.count() == second.count() ? first : second).append(event);
                    }
                }
            }
            if (second.count() == 0) {
                throw new IllegalArgumentException("the signal archives " + signals + " hold fewer than two events");
            }
            first.commit();
            second.commit();
            return new long[] {first.count(), second.count()};
        }
    }

    private static Iterator<Event> contaminants(Iterator<Event> pool, long count, double weight) {
        return new Iterator<>() {
            private long taken;

            @Override
            public boolean hasNext() {
                return taken < count && pool.hasNext();
            }

            @Override
            public Event next() {
                taken++;
                return ContaminationMix.contaminant(pool.next(), weight);
            }
        };
    }
}
