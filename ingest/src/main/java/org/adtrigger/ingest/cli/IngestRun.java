package org.adtrigger.ingest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import org.adtrigger.core.io.FileProblem;
import org.adtrigger.core.selection.EventSelector;
import org.adtrigger.core.selection.SelectionResult;
import org.adtrigger.ingest.adapters.BadRecord;
import org.adtrigger.ingest.adapters.EventChunk;
import org.adtrigger.ingest.adapters.EventSource;
import org.adtrigger.ingest.adapters.IngestOptions;
import org.adtrigger.ingest.adapters.InputFormat;
import org.adtrigger.schema.Event;

/**
 * Reads input files in one format, selects their events and hands the selected ones to a sink, counting
 * everything in an {@link IngestSummary}. An input that cannot be opened or read is recorded and the next
 * one is read; only a failing sink stops the run.
 */
final class IngestRun {

    /** Where selected events go. */
    interface EventSink {
        void accept(Event event) throws IOException;
    }

    private final InputFormat format;
    private final IngestOptions options;
    private final EventSelector selector;
    private final boolean markData;

    /** @param markData every event becomes recorded data (isData, weight 1), whatever its input says */
    IngestRun(InputFormat format, IngestOptions options, EventSelector selector, boolean markData) {
        this.format = format;
        this.options = options;
        this.selector = selector;
        this.markData = markData;
    }

    /**
     * @param progress told the bytes of input done so far (input sizes weighted by each source's progress)
     * @throws IOException only when the sink fails
     */
    IngestSummary run(List<Path> inputs, EventSink sink, LongConsumer progress) throws IOException {
        IngestSummary summary = new IngestSummary();
        long doneBefore = 0;
        for (Path input : inputs) {
            long size = Files.isRegularFile(input) ? Files.size(input) : 0;
            EventSource source;
            try {
                if (Files.isDirectory(input)) {
                    // Some readers open a directory and fail only at the first read, with no reason given.
                    throw new IOException(input + ": is a directory, expected a file");
                }
                source = format.open(input, options);
            } catch (IOException | RuntimeException e) {
                summary.failedInput(FileProblem.describe(input, e));
                doneBefore += size;
                continue;
            }
            try (source) {
                for (EventChunk chunk = next(source, input, summary); chunk != null;
                        chunk = next(source, input, summary)) {
                    take(chunk, sink, summary);
                    progress.accept(doneBefore + Math.round(size * source.fractionDone()));
                }
            }
            doneBefore += size;
            progress.accept(doneBefore);
        }
        return summary;
    }

    /** The source's next chunk; a read failure ends this input (recorded), not the run. */
    private static EventChunk next(EventSource source, Path input, IngestSummary summary) {
        try {
            return source.next();
        } catch (IOException | RuntimeException e) {
            summary.failedInput(input + ": stopped reading: " + FileProblem.reason(input, e));
            return null;
        }
    }

    private void take(EventChunk chunk, EventSink sink, IngestSummary summary) throws IOException {
        summary.records(chunk.records());
        for (BadRecord bad : chunk.bad()) {
            summary.bad(bad);
        }
        for (Event event : chunk.events()) {
            if (markData) {
                event.setIsData(true);
                event.setWeight(1.0);
            }
            IngestSummary.SampleCounts counts = summary.sample(event.getSample());
            counts.read++;
            SelectionResult result = selector.select(event);
            if (result.isAccepted()) {
                counts.selected++;
                sink.accept(result.event());
                counts.written++;
                counts.sumWeights += event.getWeight();
                counts.sumWeights2 += event.getWeight() * event.getWeight();
            }
        }
    }
}
