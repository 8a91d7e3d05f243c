package org.adtrigger.trainer.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adtrigger.ingest.avro.EventArchiveReader;
import org.adtrigger.schema.Event;

/**
 * Whether training archives record the E_T^miss azimuth, from the first event of each (an ingest writes
 * every event of an archive the same way: a CSV table without a metPhi column gives NaN throughout). The
 * model's RMM then uses φ or not ({@code RmmOptions.metPhi}) and the card records it.
 */
public final class MetPhiPresence {

    private MetPhiPresence() {
    }

    /**
     * @return true when the archives carry φ, false when none does (empty archives do not count)
     * @throws IllegalArgumentException naming one archive of each kind when they disagree
     */
    public static boolean of(List<Path> archives) throws IOException {
        List<Path> with = new ArrayList<>();
        List<Path> without = new ArrayList<>();
        for (Path archive : archives) {
            try (EventArchiveReader reader = EventArchiveReader.open(archive)) {
                if (reader.hasNext()) {
                    Event first = reader.next();
                    (Float.isNaN(first.getMetPhi()) ? without : with).add(archive);
                }
            }
        }
        if (!with.isEmpty() && !without.isEmpty()) {
            throw new IllegalArgumentException(without.get(0) + " has no E_T^miss azimuth (metPhi) but "
                    + with.get(0) + " has: the RMM's m_T cells need the same inputs for every event; train on "
                    + "archives of one kind");
        }
        return without.isEmpty();
    }
}
