package org.adtrigger.streams.replay;

import java.util.ArrayList;
import java.util.List;
import org.adtrigger.schema.Event;

/** One looping reader per injection, with the event object each decodes into. */
final class SignalFeeds implements AutoCloseable {
    private final List<Injection> injections;
    private final List<ArchiveSequence> feeds = new ArrayList<>();
    private final Event[] reuse;

    SignalFeeds(List<Injection> injections) {
        this.injections = List.copyOf(injections);
        this.reuse = new Event[this.injections.size()];
        try {
            for (Injection injection : this.injections) {
                feeds.add(new ArchiveSequence(List.of(injection.signal()), true));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The next signal event of injection {@code i}; valid until the next call for the same injection. */
    Event next(int i) {
        Event event = feeds.get(i).next(reuse[i]);
        if (event == null) {
            throw new IllegalStateException("signal archive " + injections.get(i).signal() + " holds no events");
        }
        reuse[i] = event;
        return event;
    }

    @Override
    public void close() {
        feeds.forEach(ArchiveSequence::close);
    }
}
