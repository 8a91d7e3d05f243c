package org.adtrigger.ingest.adapters;

import java.io.Closeable;
import java.io.IOException;

/**
 * Events of one input file, produced block by block (a ROOT cluster, a batch of text lines), so that no
 * more than one block is in memory. A record that cannot become an event is returned as a
 * {@link BadRecord} and reading goes on; only an input that cannot be opened or read at all throws.
 */
public interface EventSource extends Closeable {

    /** The next block, or null when the input is exhausted. */
    EventChunk next() throws IOException;

    /** Share of the input consumed so far, from 0 to 1, for progress reports. */
    double fractionDone();
}
