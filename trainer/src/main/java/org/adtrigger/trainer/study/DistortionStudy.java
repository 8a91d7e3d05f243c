package org.adtrigger.trainer.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.adtrigger.schema.Event;
import org.adtrigger.trainer.evaluate.Discriminant;
import org.adtrigger.trainer.evaluate.RocSummary;
import org.adtrigger.trainer.evaluate.ScoredEvents;
import org.adtrigger.trainer.pipeline.SplitEventIterator;

/**
 * The synthetic-anomaly studies (pT scale, shuffle, dummy): the background's validation split is scored as
 * it is, and a random subset of it, distorted, is the "signal"; one weighted ROC per setting. The subset is
 * drawn by a seeded generator in file order, one draw per event, so every setting distorts the same events
 * and the same seed gives the same numbers.
 */
public final class DistortionStudy {
    private DistortionStudy() {
    }

    /**
     * One setting's outcome.
     *
     * @param label   the distorted sample's name
     * @param setting the study parameter
     * @param drawn   validation events drawn into the subset
     * @param events  of those, the ones the distortion applies to: the signal sample
     * @param roc     the autoencoder's ROC figures, distorted events against the undistorted background
     */
    public record Row(String label, double setting, long drawn, long events, RocSummary roc) {
    }

    /**
     * @param background every undistorted validation event, scored
     * @param signals    the distorted subsets, one sample per setting, named by its label
     * @param rows       one per setting, in the order given
     */
    public record Result(ScoredEvents background, ScoredEvents signals, List<Row> rows) {
    }

    /**
     * @param subsetFraction probability that a validation event is drawn into the distorted subset
     */
    public static Result run(StudyModel model, List<Path> background, List<Distortion> distortions,
                             double subsetFraction, long seed) throws IOException {
        if (!(subsetFraction > 0 && subsetFraction <= 1)) {
            throw new IllegalArgumentException("subset fraction must be in (0, 1], got " + subsetFraction);
        }
        ScoredEvents undistorted = model.scoreValidation(background);
        ScoredEvents signals = new ScoredEvents();
        List<Row> rows = new ArrayList<>();
        for (Distortion distortion : distortions) {
            ScoredEvents distorted;
            Subset subset;
            try (SplitEventIterator events = model.validationEvents(background)) {
                subset = new Subset(events, distortion, subsetFraction, new Random(seed));
                distorted = model.score(subset, model.validationWeightFactor(), distortion.cellChange(),
                        new Random(seed + 1));
            }
            if (distorted.size() == 0) {
                throw new IllegalStateException("no validation event could be distorted for " + distortion.label()
                        + " (" + subset.drawn + " drawn)");
            }
            signals.addAll(distorted, distortion.label());
            rows.add(new Row(distortion.label(), distortion.setting(), subset.drawn, distorted.size(),
                    RocSummary.of(distorted.sample(Discriminant.AE_SCORE),
                            undistorted.sample(Discriminant.AE_SCORE))));
        }
        return new Result(undistorted, signals, rows);
    }

    /** The drawn events the distortion applies to, changed. */
    private static final class Subset implements Iterator<Event> {
        private final Iterator<Event> events;
        private final Distortion distortion;
        private final double fraction;
        private final Random draw;
        private Event pending;
        long drawn;

        Subset(Iterator<Event> events, Distortion distortion, double fraction, Random draw) {
            this.events = events;
            this.distortion = distortion;
            this.fraction = fraction;
            this.draw = draw;
        }

        @Override
        public boolean hasNext() {
            while (pending == null && events.hasNext()) {
                Event event = events.next();
                if (draw.nextDouble() < fraction) {
                    drawn++;
                    if (distortion.applies().test(event)) {
                        pending = distortion.eventChange().apply(event);
                    }
                }
            }
            return pending != null;
        }

        @Override
        public Event next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more distorted events");
            }
            Event event = pending;
            pending = null;
            return event;
        }
    }
}
