package org.adtrigger.streams.window;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * What a scoring task sends the window merger at each commit, on the {@code window-partials} topic:
 * <ul>
 *   <li>a <b>partial</b>: what it tallied for one window and key since its last commit (the window's start and
 *       the tally; tumbling windows, so the end is start + size). Partials of a window and key from every task
 *       and instance add up to the window's exact tally.</li>
 *   <li>a <b>progress</b> mark, after its partials and sent to every merger partition: the latest event time
 *       the task (input partition {@code source}) has scored and sent the partials of. The merger closes a
 *       window only when every source it hears from has passed the window's end plus grace.</li>
 * </ul>
 *
 * @param source      the scoring task's input partition
 * @param sourceTime  progress: the latest event time the source has sent partials of; partial: unused (−1)
 * @param windowStart partial: the window's start; progress: unused (−1)
 * @param tally       partial: the tally; progress: null
 */
public record WindowUpdate(int source, long sourceTime, long windowStart, WindowTally tally) {
    /**
     * Record key of a progress mark (it goes to every merger partition whatever its key): not null, because
     * Kafka Streams drops null-keyed records before a repartition topic.
     */
    public static final String PROGRESS_KEY = "";

    static WindowUpdate partial(int source, long windowStart, WindowTally tally) {
        return new WindowUpdate(source, -1, windowStart, tally);
    }

    public static WindowUpdate progress(int source, long sourceTime) {
        return new WindowUpdate(source, sourceTime, -1, null);
    }

    public boolean isProgress() {
        return tally == null;
    }

    static void write(WindowUpdate update, DataOutput out) throws IOException {
        out.writeInt(update.source);
        out.writeBoolean(update.isProgress());
        if (update.isProgress()) {
            out.writeLong(update.sourceTime);
        } else {
            out.writeLong(update.windowStart);
            update.tally.write(out);
        }
    }

    static WindowUpdate read(DataInput in, byte version) throws IOException {
        int source = in.readInt();
        return in.readBoolean() ? progress(source, in.readLong())
                : partial(source, in.readLong(), WindowTally.read(in, version));
    }
}
