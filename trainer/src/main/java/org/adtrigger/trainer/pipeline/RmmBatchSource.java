package org.adtrigger.trainer.pipeline;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.adtrigger.core.kinematics.LeadingMass;
import org.adtrigger.core.rmm.RmmBuilder;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.TruthLabel;
import org.adtrigger.trainer.data.Batch;
import org.adtrigger.trainer.data.BatchSource;

/**
 * Batches of raw RMM rows of one split of a set of Avro event archives: every pass reopens the archives and
 * streams them (memory: one batch and one Avro block), keeps the events of its split that pass the
 * selection, and builds each one's matrix. Rows are weighted by the event's full MC weight. The last batch
 * of a pass may be shorter.
 *
 * <p>The first pass that runs to the end records a {@link PassSummary} (selection counts, records per
 * archive); later passes see the same events and are not counted again.
 */
public final class RmmBatchSource implements BatchSource {
    private final List<Path> archives;
    private final RmmLayout layout;
    private final RmmOptions options;
    private final SelectionPreset selection;
    private final SplitAssignment assignment;
    private final Split split;
    private final int batchSize;
    private volatile PassSummary firstPass;

    public RmmBatchSource(List<Path> archives, RmmLayout layout, RmmOptions options, SelectionPreset selection,
                          SplitAssignment assignment, Split split, int batchSize) {
        if (archives.isEmpty()) {
            throw new IllegalArgumentException("no archive to read");
        }
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        this.archives = List.copyOf(archives);
        this.layout = layout;
        this.options = options;
        this.selection = selection;
        this.assignment = assignment;
        this.split = split;
        this.batchSize = batchSize;
    }

    @Override
    public Stream<Batch> batches() {
        return labelledBatches().map(LabelledBatch::batch);
    }

    /** One pass, with each event's truth label; close the stream to release the open archive. */
    public Stream<LabelledBatch> labelledBatches() {
        SplitEventIterator events = SplitEventIterator.of(archives, selection.newSelector(), assignment, split);
        Iterator<LabelledBatch> batches = new Batcher(events, new RmmBuilder(layout, options));
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(events::close);
    }

    /** The summary of the first complete pass, empty until one has finished. */
    public Optional<PassSummary> firstPass() {
        return Optional.ofNullable(firstPass);
    }

    public List<Path> archives() {
        return archives;
    }

    public Split split() {
        return split;
    }

    private void recordFirstPass(SplitEventIterator events) {
        if (firstPass == null) {
            firstPass = new PassSummary(events.selector().counts(),
                    Arrays.stream(events.recordsPerArchive()).boxed().toList());
        }
    }

    /** Cuts the selected events into batches of RMM rows. */
    private final class Batcher implements Iterator<LabelledBatch> {
        private final SplitEventIterator events;
        private final RmmBuilder builder;

        Batcher(SplitEventIterator events, RmmBuilder builder) {
            this.events = events;
            this.builder = builder;
        }

        @Override
        public boolean hasNext() {
            if (events.hasNext()) {
                return true;
            }
            recordFirstPass(events);
            return false;
        }

        @Override
        public LabelledBatch next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more batches");
            }
            float[][] rows = new float[batchSize][];
            float[] weights = new float[batchSize];
            TruthLabel[] labels = new TruthLabel[batchSize];
            double[][] masses = new double[batchSize][];
            int n = 0;
            while (n < batchSize && events.hasNext()) {
                Event event = events.next();
                rows[n] = new float[layout.cells()];
                builder.build(event, rows[n], 0);
                weights[n] = (float) event.getWeight();
                masses[n] = masses(event);
                labels[n++] = event.getLabel();
            }
            if (n < batchSize) {
                rows = Arrays.copyOf(rows, n);
                weights = Arrays.copyOf(weights, n);
                labels = Arrays.copyOf(labels, n);
                masses = Arrays.copyOf(masses, n);
            }
            return new LabelledBatch(new Batch(rows, weights), labels, masses);
        }

        private static double[] masses(Event event) {
            LeadingMass[] all = LeadingMass.values();
            double[] out = new double[all.length];
            for (LeadingMass m : all) {
                out[m.ordinal()] = m.of(event.getObjects());
            }
            return out;
        }
    }
}
