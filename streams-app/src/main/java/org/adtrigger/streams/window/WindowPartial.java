package org.adtrigger.streams.window;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * What one scoring task tallied for one window and key between two of its commits: the window's start
 * (tumbling windows: the end is start + window size) and the tally. Partials of a window and key from any
 * task and instance add up to the window's exact tally; {@link WindowMerger} adds them.
 */
public record WindowPartial(long windowStart, WindowTally tally) {
    static void write(WindowPartial partial, DataOutput out) throws IOException {
        out.writeLong(partial.windowStart);
        partial.tally.write(out);
    }

    static WindowPartial read(DataInput in) throws IOException {
        long start = in.readLong();
        return new WindowPartial(start, WindowTally.read(in));
    }
}
