package org.adtrigger.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import org.adtrigger.ingest.avro.ArchiveCodec;
import org.adtrigger.ingest.avro.EventArchiveWriter;
import org.adtrigger.ingest.gen.EventGenerator;

/** Small generated archives for tests of every module that reads archives (replay, training, evaluation). */
public final class TestArchives {
    private TestArchives() {
    }

    /**
     * Writes {@code events} generated events of {@code processes} (ProcessCatalog syntax, e.g. "sm") at the
     * generator's default luminosity to {@code file}.
     */
    public static Path write(Path file, String processes, long events, long seed) throws IOException {
        return write(file, EventGenerator.of(processes, events, seed, EventGenerator.DEFAULT_LUMI_INVERSE_FB));
    }

    /** Writes every event {@code generator} has left to {@code file} (DEFLATE), committed. */
    public static Path write(Path file, EventGenerator generator) throws IOException {
        try (EventArchiveWriter writer = EventArchiveWriter.create(file, ArchiveCodec.DEFLATE)) {
            while (generator.hasNext()) {
                writer.append(generator.next());
            }
            writer.commit();
        }
        return file;
    }
}
