package org.adtrigger.ingest.gen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import org.adtrigger.ingest.avro.ArchiveCodec;
import org.adtrigger.ingest.avro.EventArchiveWriter;
import org.adtrigger.schema.Event;

/**
 * Generated events written to an archive whose header records how they were made ({@code adtrigger generate}
 * and the physics benchmark): the same settings give a byte-identical file, as the header fixes the sync marker.
 *
 * @param processes the process list ({@link ProcessCatalog} syntax)
 * @param events    events in all
 * @param seed      the generator seed
 * @param lumiFb    the luminosity the weights are normalised to, fb⁻¹
 * @param mix       how the events are shared among the processes
 */
public record GeneratedArchive(String processes, long events, long seed, double lumiFb, Mix mix) {
    private static final int PROGRESS_STEP = 1000;

    /**
     * Generates the events into {@code out}.
     *
     * @param progress told the events written so far, every thousand and at the end
     * @return the sum of weights per sample, in order of first appearance
     * @throws IllegalArgumentException for an unknown process or a bad count, seed or luminosity
     */
    public Map<String, Double> write(Path out, ArchiveCodec codec, LongConsumer progress) throws IOException {
        EventGenerator generator = generator();
        Map<String, Double> sumWeights = new LinkedHashMap<>();
        try (EventArchiveWriter writer = EventArchiveWriter.create(out, codec, provenance())) {
            while (generator.hasNext()) {
                Event event = generator.next();
                writer.append(event);
                sumWeights.merge(event.getSample(), event.getWeight(), Double::sum);
                if (writer.count() % PROGRESS_STEP == 0) {
                    progress.accept(writer.count());
                }
            }
            progress.accept(writer.count());
            writer.commit();
        }
        return sumWeights;
    }

    /**
     * The generator of these events.
     *
     * @throws IllegalArgumentException for an unknown process or a bad count, seed or luminosity
     */
    public EventGenerator generator() {
        return EventGenerator.of(ProcessCatalog.parse(processes), events, seed, lumiFb, mix);
    }

    private Map<String, String> provenance() {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("generator", "adtrigger generate");
        meta.put("processes", processes);
        meta.put("events", Long.toString(events));
        meta.put("seed", Long.toString(seed));
        meta.put("lumi_fb", Double.toString(lumiFb));
        meta.put("mix", mix.label());
        return meta;
    }
}
