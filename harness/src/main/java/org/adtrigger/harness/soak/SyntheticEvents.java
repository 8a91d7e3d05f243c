package org.adtrigger.harness.soak;

import java.io.IOException;
import java.nio.file.Path;

import org.adtrigger.ingest.avro.ArchiveCodec;
import org.adtrigger.ingest.avro.EventArchiveWriter;
import org.adtrigger.ingest.gen.EventGenerator;
import org.adtrigger.ingest.gen.Mix;
import org.adtrigger.ingest.gen.ProcessCatalog;

/** The soak's default load: Standard Model events in proportion to σ, as the demo replays, in an archive. */
public final class SyntheticEvents {
    public static final long EVENTS = 100_000;
    private static final long SEED = 1;

    private SyntheticEvents() {
    }

    /** Writes {@value #EVENTS} events to {@code file} (the same bytes every time) and returns it. */
    public static Path write(Path file) throws IOException {
        EventGenerator events = EventGenerator.of(ProcessCatalog.standardModel(), EVENTS, SEED,
                EventGenerator.DEFAULT_LUMI_INVERSE_FB, Mix.SIGMA);
        try (EventArchiveWriter writer = EventArchiveWriter.create(file, ArchiveCodec.DEFLATE)) {
            while (events.hasNext()) {
                writer.append(events.next());
            }
            writer.commit();
        }
        return file;
    }
}
