package org.adtrigger.trainer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adtrigger.ingest.avro.ArchiveCodec;
import org.adtrigger.ingest.gen.GeneratedArchive;
import org.adtrigger.ingest.gen.Mix;
import org.adtrigger.ingest.gen.PhysicsProcess;
import org.adtrigger.ingest.gen.ProcessCatalog;
import org.adtrigger.trainer.api.LoggedRun;
import org.adtrigger.trainer.cache.CachedFile;

/**
 * The benchmark's event samples, generated as {@code adtrigger generate} makes them, with fixed seeds: the SM
 * background in proportion to σ (what the demo trains on) and one archive per signal. Seeds: the background
 * takes the base seed, signal k (in the order listed) base + 1 + k, so adding a signal at the end changes no
 * other sample.
 */
final class BenchSamples {
    /** The background's sample name in the work directory and in the tables. */
    static final String BACKGROUND = "sm";

    private BenchSamples() {
    }

    /**
     * One generated archive.
     *
     * @param name       its sample name (the signal's, or {@link #BACKGROUND})
     * @param process    the process list it was made from
     * @param file       the archive
     * @param events     events in it
     * @param seed       the generator seed
     * @param seconds    wall time generation took (when it was made)
     * @param reused     whether it came from an earlier run with the same parameters
     * @param parameters the equivalent {@code adtrigger generate} command line, which fixes the archive's content
     */
    record Sample(String name, String process, String file, long events, long seed, double seconds, boolean reused,
                  String parameters) {
    }

    /** The σ-mixed SM background; reused from {@code dir} when made before with the same parameters. */
    static Sample background(Path dir, Path logs, long events, long seed, double lumiInverseFb) throws IOException {
        return generate(dir, logs, BACKGROUND, "sm", Mix.SIGMA, events, seed, lumiInverseFb);
    }

    /** One archive per process of {@code processList} (generate's syntax, e.g. {@code bsm}). */
    static List<Sample> signals(Path dir, Path logs, String processList, long events, long baseSeed,
                                double lumiInverseFb) throws IOException {
        List<Sample> samples = new ArrayList<>();
        List<PhysicsProcess> processes = ProcessCatalog.parse(processList);
        for (int k = 0; k < processes.size(); k++) {
            String name = processes.get(k).info().sample();
            samples.add(generate(dir, logs, name, name, Mix.BALANCED, events, baseSeed + 1 + k, lumiInverseFb));
        }
        return samples;
    }

    private static Sample generate(Path dir, Path logs, String name, String process, Mix mix, long events,
                                   long seed, double lumiInverseFb) throws IOException {
        Path file = dir.resolve(name + ".avro");
        GeneratedArchive archive = new GeneratedArchive(process, events, seed, lumiInverseFb, mix);
        // The command that makes the same archive by hand: the sample's record in physics.json and its cache key.
        String parameters = String.format(Locale.ROOT, "generate --process %s --mix %s --events %d --seed %d "
                + "--lumi %s --no-progress --out %s", process, mix.label(), events, seed, lumiInverseFb, file);
        CachedFile.Made made = new CachedFile(file, parameters).getOrMake(target -> LoggedRun.run(
                logs.resolve(name + "-generate.log"), parameters, (out, err) -> {
                    archive.write(target, ArchiveCodec.DEFLATE, done -> { });
                    out.println("generated " + events + " events -> " + target);
                    return target;
                }));
        return new Sample(name, process, file.toString(), events, seed, made.seconds(), made.reused(), parameters);
    }
}
