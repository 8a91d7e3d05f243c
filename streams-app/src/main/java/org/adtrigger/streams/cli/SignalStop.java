package org.adtrigger.streams.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns SIGTERM / Ctrl-C (SIGINT) into a {@link StopSignal} stop request, so a requested stop is an ordinary
 * end of the command: the main thread stops the parts, prints its summary and exits 0.
 *
 * <p>Why a signal handler rather than a shutdown hook: once a signal has started the JVM's shutdown, the
 * exit status is 143 (130 for Ctrl-C) whatever the main thread returns, and components that register
 * shutdown hooks or start threads during that shutdown fail with stack traces. Handling the signal keeps
 * the JVM alive until the main thread is done.
 *
 * <p>If the stop takes longer than {@code grace}, or a second signal comes, the JVM exits with status 1
 * (a stop that did not finish cleanly). Closing it puts the previous handlers back.
 */
final class SignalStop implements AutoCloseable {
    /** Status when a requested stop does not finish within the grace time, or is forced by a second signal. */
    static final int FORCED_EXIT = 1;
    private static final Logger LOG = LoggerFactory.getLogger(SignalStop.class);
    private static final List<String> SIGNALS = List.of("TERM", "INT");

    private final StopSignal stop;
    private final Duration grace;
    private final AtomicBoolean signalled = new AtomicBoolean();
    private final List<Restore> previous = new ArrayList<>();
    /** The handler installed by {@link #listenFromStart()}, if any. */
    private static SignalStop early;
    /** For the early handler: the signal that came before a run installed its stop. */
    private volatile Signal pending;

    private record Restore(Signal signal, SignalHandler handler) {
    }

    private SignalStop(StopSignal stop, Duration grace) {
        this.stop = stop;
        this.grace = grace;
    }

    /**
     * Takes SIGTERM / SIGINT over from the JVM's start, before the command has parsed its options and
     * installed its own stop: a signal that comes that early is kept and stops the run as soon as it
     * installs. Only for commands that always reach {@link #install} quickly ({@code run}, {@code replay}).
     */
    static synchronized void listenFromStart() {
        if (early == null) {
            early = new SignalStop(null, Duration.ZERO);
            for (String name : SIGNALS) {
                handle(new Signal(name), early::onSignal);
            }
        }
    }

    static synchronized SignalStop install(StopSignal stop, Duration grace) {
        SignalStop signalStop = new SignalStop(stop, grace);
        for (String name : SIGNALS) {
            Signal signal = new Signal(name);
            SignalHandler before = handle(signal, signalStop::onSignal);
            if (before != null) {
                signalStop.previous.add(new Restore(signal, before));
            }
        }
        if (early != null && early.pending != null) {
            signalStop.onSignal(early.pending);
            early.pending = null;
        }
        return signalStop;
    }

    /** Installs a handler; returns the previous one, or null where the JVM keeps the signal (-Xrs). */
    private static SignalHandler handle(Signal signal, SignalHandler handler) {
        try {
            return Signal.handle(signal, handler);
        } catch (IllegalArgumentException e) {
            LOG.debug("SIG{} stays with the JVM: {}", signal.getName(), e.getMessage());
            return null;
        }
    }

    private void onSignal(Signal signal) {
        if (stop == null) {
            // Before the run: remembered for install().
            pending = signal;
            return;
        }
        if (!signalled.compareAndSet(false, true)) {
            LOG.warn("SIG{} again: exiting now without finishing the stop", signal.getName());
            exitLater(FORCED_EXIT);
            return;
        }
        LOG.info("Shutdown requested (SIG{})", signal.getName());
        stop.requestStop();
        Thread watchdog = new Thread(() -> {
            try {
                if (!stop.awaitStopped(grace)) {
                    LOG.warn("Stop did not finish within {}; exiting anyway", grace);
                    System.exit(FORCED_EXIT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "adtrigger-stop-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** System.exit blocks until shutdown completes: not on the signal dispatcher's thread. */
    private static void exitLater(int status) {
        Thread exit = new Thread(() -> System.exit(status), "adtrigger-forced-exit");
        exit.setDaemon(true);
        exit.start();
    }

    @Override
    public void close() {
        stop.markStopped();
        for (Restore restore : previous) {
            handle(restore.signal(), restore.handler());
        }
    }
}
