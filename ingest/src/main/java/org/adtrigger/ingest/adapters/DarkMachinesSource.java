package org.adtrigger.ingest.adapters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adtrigger.schema.Event;

/**
 * Events of a Dark Machines challenge text file ({@link DarkMachinesLine}), a few thousand lines at a
 * time. Blank lines and lines starting with {@code #} are skipped; energies are in
 * {@link IngestOptions#textUnit()} (MeV by default, as the challenge writes them).
 */
public final class DarkMachinesSource extends TextEventSource {

    private static final int LINES_PER_CHUNK = 4096;

    private final double toGeV;
    private final String sample;

    private DarkMachinesSource(TextLines lines, IngestOptions options) {
        super(lines);
        this.toGeV = options.textUnit().toGeV();
        this.sample = options.sample().orElse(null);
    }

    public static DarkMachinesSource open(Path path, IngestOptions options) throws IOException {
        return new DarkMachinesSource(TextLines.open(path), options);
    }

    @Override
    public EventChunk next() throws IOException {
        List<Event> events = new ArrayList<>();
        List<BadRecord> bad = new ArrayList<>();
        long records = 0;
        String line;
        while (records < LINES_PER_CHUNK && (line = lines.nextRecord()) != null) {
            records++;
            try {
                events.add(DarkMachinesLine.parse(line, toGeV, sample));
            } catch (BadRecordException e) {
                bad.add(BadRecord.line(lines.name(), lines.lineNumber(), e.getMessage()));
            }
        }
        return records == 0 ? null : new EventChunk(events, bad, records);
    }
}
