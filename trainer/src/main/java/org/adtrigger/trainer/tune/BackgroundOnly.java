package org.adtrigger.trainer.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.adtrigger.schema.TruthLabel;
import org.adtrigger.trainer.data.Batch;
import org.adtrigger.trainer.data.BatchSource;
import org.adtrigger.trainer.pipeline.LabelledBatch;

/**
 * The events of labelled batches minus those labelled {@link TruthLabel#SIGNAL}: the search trains and ranks
 * on background alone, so an injected signal sample in the archives can neither be learnt nor pull the
 * choice of configuration towards models that reconstruct it. UNKNOWN counts as background, as in the
 * thresholds. A batch left empty is skipped; the others may come out shorter.
 */
public final class BackgroundOnly implements BatchSource {
    private final Supplier<Stream<LabelledBatch>> labelled;
    private final AtomicLong signalEvents = new AtomicLong();
    private volatile boolean counted;

    /** @param labelled opens one pass over the labelled batches (e.g. {@code source::labelledBatches}) */
    public BackgroundOnly(Supplier<Stream<LabelledBatch>> labelled) {
        this.labelled = labelled;
    }

    @Override
    public Stream<Batch> batches() {
        boolean count = !counted;
        return labelled.get().map(b -> background(b, count)).filter(b -> b != null)
                .onClose(() -> counted = true);
    }

    /** SIGNAL events dropped in one pass; known after the first pass has been closed. */
    public long signalEventsDropped() {
        return signalEvents.get();
    }

    private Batch background(LabelledBatch labelled, boolean count) {
        Batch batch = labelled.batch();
        List<Integer> kept = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            if (labelled.labels()[i] != TruthLabel.SIGNAL) {
                kept.add(i);
            }
        }
        if (count) {
            signalEvents.addAndGet(batch.size() - kept.size());
        }
        if (kept.size() == batch.size()) {
            return batch;
        }
        if (kept.isEmpty()) {
            return null;
        }
        float[][] rows = new float[kept.size()][];
        float[] weights = new float[kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            rows[k] = batch.rows()[kept.get(k)];
            weights[k] = batch.weights()[kept.get(k)];
        }
        return new Batch(rows, weights);
    }
}
