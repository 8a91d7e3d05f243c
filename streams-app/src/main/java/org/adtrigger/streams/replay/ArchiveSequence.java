package org.adtrigger.streams.replay;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.adtrigger.ingest.avro.EventArchiveReader;
import org.adtrigger.schema.Event;

/**
 * The events of several archives, one file after the other, optionally starting over after the last.
 * Only one file is open at a time and events are decoded block by block, so archives of any size replay
 * in constant memory. Every file is opened once up front, so a missing or foreign file stops the replay
 * before anything is sent.
 */
final class ArchiveSequence implements Closeable {
    private final List<Path> files;
    private final boolean loop;
    private int nextFile;
    private EventArchiveReader current;
    private long eventsThisPass;
    private long passes;

    /**
     * @throws UncheckedIOException or {@link org.adtrigger.ingest.avro.ArchiveFormatException}, naming the
     *                              file, when one cannot be opened as an event archive
     */
    ArchiveSequence(List<Path> files, boolean loop) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no archive to replay");
        }
        this.files = List.copyOf(files);
        this.loop = loop;
        for (Path file : this.files) {
            try (EventArchiveReader ignored = open(file)) {
                // opening reads and checks the header
            } catch (IOException e) {
                throw unreadable(file, e);
            }
        }
    }

    /**
     * The next event, decoded into {@code reuse} when not null.
     *
     * @return null at the end (never when looping, unless a whole pass held no event)
     */
    Event next(Event reuse) {
        while (current == null || !current.hasNext()) {
            if (!advance()) {
                return null;
            }
        }
        eventsThisPass++;
        return current.next(reuse);
    }

    /** Completed passes over all the files. */
    long passes() {
        return passes;
    }

    private boolean advance() {
        closeCurrent();
        if (nextFile == files.size()) {
            passes++;
            if (!loop || eventsThisPass == 0) {
                return false;
            }
            nextFile = 0;
            eventsThisPass = 0;
        }
        current = open(files.get(nextFile++));
        return true;
    }

    private static EventArchiveReader open(Path file) {
        try {
            return EventArchiveReader.open(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static UncheckedIOException unreadable(Path file, IOException e) {
        String reason = e instanceof NoSuchFileException ? "no such file"
                : e.getMessage() == null || e.getMessage().equals(file.toString()) ? e.getClass().getSimpleName()
                : e.getMessage();
        return new UncheckedIOException("cannot read archive " + file + ": " + reason, e);
    }

    private void closeCurrent() {
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close archive " + files.get(nextFile - 1), e);
            } finally {
                current = null;
            }
        }
    }

    @Override
    public void close() {
        closeCurrent();
    }
}
