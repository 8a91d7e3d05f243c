package org.adtrigger.ingest.adapters;

import java.io.IOException;

/** An {@link EventSource} reading a text file line by line: progress and closing go by its lines. */
abstract class TextEventSource implements EventSource {

    protected final TextLines lines;

    protected TextEventSource(TextLines lines) {
        this.lines = lines;
    }

    @Override
    public double fractionDone() {
        return lines.fractionDone();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
