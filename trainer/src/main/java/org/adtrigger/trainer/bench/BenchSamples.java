package org.adtrigger.trainer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adtrigger.ingest.avro.ArchiveCodec;
import org.adtrigger.ingest.avro.EventArchiveWriter;
import org.adtrigger.ingest.gen.EventGenerator;
import org.adtrigger.ingest.gen.Mix;
import org.adtrigger.ingest.gen.PhysicsProcess;
import org.adtrigger.ingest.gen.ProcessCatalog;

/**
 * The benchmark's event samples, generated in-process with fixed seeds: the SM background in proportion to σ
 * (what the demo trains on) and one archive per signal. Seeds: the background takes the base seed, signal k
 * (in the order listed) base + 1 + k, so adding a signal at the end changes no other sample.
 */
final class BenchSamples {
    /** The background's sample name in the work directory and in the tables. */
    static final String BACKGROUND = "sm";

    private BenchSamples() {
    }

    /**
     * One generated archive.
     *
     * @param name    its sample name (the signal's, or {@link #BACKGROUND})
     * @param process the process list it was generated from
     * @param file    the archive
     * @param events  events in it
     * @param seed    the generator seed
     * @param seconds wall time generation took (when it was made)
     * @param reused  whether it came from an earlier run with the same parameters
     * @param parameters everything the archive's content depends on, in one line
     */
    record Sample(String name, String process, String file, long events, long seed, double seconds, boolean reused,
                  String parameters) {
    }

    /** The σ-mixed SM background; reused from {@code dir} when made before with the same parameters. */
    static Sample background(Path dir, long events, long seed, double lumiInverseFb) throws IOException {
        return generate(dir, BACKGROUND, "sm", ProcessCatalog.standardModel(), Mix.SIGMA, events, seed,
                lumiInverseFb);
    }

    /** One archive per process of {@code processList} (ProcessCatalog syntax, e.g. {@code bsm}). */
    static List<Sample> signals(Path dir, String processList, long events, long baseSeed, double lumiInverseFb)
            throws IOException {
        List<Sample> samples = new ArrayList<>();
        List<PhysicsProcess> processes = ProcessCatalog.parse(processList);
        for (int k = 0; k < processes.size(); k++) {
            PhysicsProcess process = processes.get(k);
            String name = process.info().sample();
            samples.add(generate(dir, name, name, List.of(process), Mix.BALANCED, events, baseSeed + 1 + k,
                    lumiInverseFb));
        }
        return samples;
    }

    private static Sample generate(Path dir, String name, String processList, List<PhysicsProcess> processes,
                                   Mix mix, long events, long seed, double lumiInverseFb) throws IOException {
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("generator", "adtrigger bench physics");
        provenance.put("processes", processList);
        provenance.put("events", Long.toString(events));
        provenance.put("seed", Long.toString(seed));
        provenance.put("lumi_fb", Double.toString(lumiInverseFb));
        provenance.put("mix", mix.label());
        CachedFile cached = new CachedFile(dir.resolve(name + ".avro"), provenance.toString());
        CachedFile.Made made = cached.getOrMake(target -> {
            EventGenerator generator = EventGenerator.of(processes, events, seed, lumiInverseFb, mix);
            try (EventArchiveWriter writer = EventArchiveWriter.create(target, ArchiveCodec.DEFLATE, provenance)) {
                while (generator.hasNext()) {
                    writer.append(generator.next());
                }
            }
        });
        return new Sample(name, processList, made.file().toString(), events, seed, made.seconds(), made.reused(),
                provenance.toString());
    }
}
