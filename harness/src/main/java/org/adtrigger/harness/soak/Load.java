package org.adtrigger.harness.soak;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.adtrigger.streams.replay.ReplayBuilder;
import org.adtrigger.streams.replay.ReplayListener;

/** A replay running on a thread of its own, with the count of events it has sent so far. */
final class Load {
    private final AtomicLong sent = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread thread;

    private Load(ReplayBuilder replay) {
        var run = replay.listener(new ReplayListener() {
            @Override
            public void progress(long events, long injected) {
                sent.set(events);
            }
        }).build();
        thread = new Thread(() -> {
            try {
                sent.set(run.run(stop::get).orThrow().events());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "adtrigger-soak-load");
    }

    static Load start(ReplayBuilder replay) {
        Load load = new Load(replay);
        load.thread.start();
        return load;
    }

    boolean isRunning() {
        return thread.isAlive();
    }

    long sent() {
        return sent.get();
    }

    /** @throws IllegalStateException with the replay's reason when it failed */
    void rethrowFailure() {
        Throwable e = failure.get();
        if (e != null) {
            throw new IllegalStateException("the load replay failed: " + e.getMessage(), e);
        }
    }
}
