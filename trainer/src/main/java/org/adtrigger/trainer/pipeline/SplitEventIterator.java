package org.adtrigger.trainer.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import org.adtrigger.core.selection.EventSelector;
import org.adtrigger.core.selection.SelectionResult;
import org.adtrigger.ingest.avro.EventArchiveReader;
import org.adtrigger.schema.Event;

/**
 * The events of a list of archives that fall into one split (or all events, for samples the model never
 * trained on) and pass the selection, in file order, with one archive open at a time. The split is decided
 * before the selection: it needs only the event's identity, and the other split's events then cost no
 * selection work (the selector's counts cover this split alone).
 *
 * <p>Events are decoded into a reused record, so an event is valid only until the next call to
 * {@link #next()}: the caller turns it into features at once.
 */
public final class SplitEventIterator implements Iterator<Event>, Closeable {
    private final List<Path> archives;
    private final EventSelector selector;
    private final Predicate<Event> inSplit;
    private final long[] recordsPerArchive;
    private int archive = -1;
    private EventArchiveReader reader;
    private Event reuse;
    private Event pending;
    private boolean exhausted;

    private SplitEventIterator(List<Path> archives, EventSelector selector, Predicate<Event> inSplit) {
        this.archives = List.copyOf(archives);
        this.selector = selector;
        this.inSplit = inSplit;
        this.recordsPerArchive = new long[archives.size()];
    }

    /** The selected events of one split, as the trainer saw them. */
    public static SplitEventIterator of(List<Path> archives, EventSelector selector, SplitAssignment assignment,
                                        Split split) {
        return new SplitEventIterator(archives, selector, event -> assignment.of(event) == split);
    }

    /** Every selected event, whatever its split. */
    public static SplitEventIterator all(List<Path> archives, EventSelector selector) {
        return new SplitEventIterator(archives, selector, event -> true);
    }

    @Override
    public boolean hasNext() {
        while (pending == null && !exhausted) {
            if (reader == null) {
                openNext();
            } else if (!reader.hasNext()) {
                recordsPerArchive[archive] = reader.recordsRead();
                closeReader();
            } else {
                reuse = reader.next(reuse);
                if (inSplit.test(reuse)) {
                    SelectionResult result = selector.select(reuse);
                    pending = result.isAccepted() ? result.event() : null;
                }
            }
        }
        return pending != null;
    }

    @Override
    public Event next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more selected events");
        }
        Event event = pending;
        pending = null;
        return event;
    }

    /** Records read from each archive (both splits, before selection); complete once the iterator is done. */
    public long[] recordsPerArchive() {
        return recordsPerArchive.clone();
    }

    public EventSelector selector() {
        return selector;
    }

    private void openNext() {
        archive++;
        if (archive == archives.size()) {
            exhausted = true;
            return;
        }
        try {
            reader = EventArchiveReader.open(archives.get(archive));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + archives.get(archive) + ": " + e.getMessage(), e);
        }
    }

    private void closeReader() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + archives.get(archive), e);
        } finally {
            reader = null;
        }
    }

    @Override
    public void close() {
        if (reader != null) {
            closeReader();
        }
    }
}
