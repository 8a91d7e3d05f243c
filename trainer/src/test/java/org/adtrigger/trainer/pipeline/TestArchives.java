package org.adtrigger.trainer.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import org.adtrigger.ingest.avro.ArchiveCodec;
import org.adtrigger.ingest.avro.EventArchiveWriter;
import org.adtrigger.ingest.gen.EventGenerator;

/** Writes small generated archives for tests. */
public final class TestArchives {
    private TestArchives() {
    }

    /** {@code events} generated events of {@code processes} (generator syntax, e.g. "sm") at 10 fb⁻¹. */
    public static Path write(Path file, String processes, int events, long seed) throws IOException {
        EventGenerator generator = EventGenerator.of(processes, events, seed, EventGenerator.DEFAULT_LUMI_INVERSE_FB);
        try (EventArchiveWriter writer = EventArchiveWriter.create(file, ArchiveCodec.parse("deflate"))) {
            while (generator.hasNext()) {
                writer.append(generator.next());
            }
            writer.commit();
        }
        return file;
    }
}
