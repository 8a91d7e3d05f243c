package org.adtrigger.streams.cli;

import java.util.ArrayDeque;
import java.util.Deque;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts of a running app in start order; {@link #close()} stops them in reverse, logging each step
 * and carrying on past a part that fails to stop, so one stuck component cannot leave the others running.
 */
final class ShutdownSequence implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ShutdownSequence.class);

    private record Part(String name, AutoCloseable resource) {
    }

    private final Deque<Part> parts = new ArrayDeque<>();

    /** Registers a started part and returns it. */
    synchronized <T extends AutoCloseable> T add(String name, T resource) {
        parts.push(new Part(name, resource));
        return resource;
    }

    @Override
    public synchronized void close() {
        while (!parts.isEmpty()) {
            Part part = parts.pop();
            LOG.info("Stopping {}", part.name());
            try {
                part.resource().close();
                LOG.info("Stopped {}", part.name());
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", part.name(), e.toString());
            }
        }
    }
}
