package org.adtrigger.ingest.adapters;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test fixtures of this package and a helper reading a whole source. */
final class TestFiles {

    private TestFiles() {
    }

    static Path resource(String name) {
        try {
            return Path.of(TestFiles.class.getResource("/adapters/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every chunk of {@code source}, then closes it. */
    static List<EventChunk> chunks(EventSource source) throws IOException {
        List<EventChunk> chunks = new ArrayList<>();
        try (source) {
            for (EventChunk chunk = source.next(); chunk != null; chunk = source.next()) {
                chunks.add(chunk);
            }
        }
        return chunks;
    }
}
