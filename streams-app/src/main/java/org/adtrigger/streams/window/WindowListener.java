package org.adtrigger.streams.window;

import org.adtrigger.schema.WindowSummary;

/**
 * Hears every final window summary as it is emitted, e.g. to update gauges or a live display. Called on
 * the stream thread that closes the window: keep it quick and do not throw.
 */
@FunctionalInterface
public interface WindowListener {
    void onWindowClosed(WindowSummary summary);
}
