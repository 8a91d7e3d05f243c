package org.adtrigger.streams.cli;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns SIGTERM / Ctrl-C into a {@link StopSignal} stop request, then holds the JVM in the shutdown hook
 * until the main thread has stopped everything (or {@code grace} passes), so buffered work is flushed
 * rather than cut off. Closing it marks the run stopped and removes the hook.
 */
final class SignalStop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SignalStop.class);

    private final StopSignal stop;
    private final Thread hook;

    private SignalStop(StopSignal stop, Duration grace) {
        this.stop = stop;
        this.hook = new Thread(() -> awaitStopByMain(grace), "adtrigger-shutdown");
    }

    static SignalStop install(StopSignal stop, Duration grace) {
        SignalStop signalStop = new SignalStop(stop, grace);
        Runtime.getRuntime().addShutdownHook(signalStop.hook);
        return signalStop;
    }

    private void awaitStopByMain(Duration grace) {
        LOG.info("Shutdown requested");
        stop.requestStop();
        try {
            if (!stop.awaitStopped(grace)) {
                LOG.warn("Shutdown did not finish within {}; exiting anyway", grace);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop.markStopped();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down, so the hook is running: nothing to remove.
        }
    }
}
