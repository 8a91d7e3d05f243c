package org.adtrigger.ingest.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ProgressBar;
import org.adtrigger.ingest.avro.ArchiveCodec;
import org.adtrigger.ingest.gen.EventGenerator;
import org.adtrigger.ingest.gen.GeneratedArchive;
import org.adtrigger.ingest.gen.Mix;
import org.adtrigger.ingest.gen.ProcessCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code adtrigger generate}: synthetic events to an Avro archive, with a progress bar and a summary line. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate synthetic 13 TeV SM / BSM events into an Avro archive.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--process", defaultValue = "sm", paramLabel = "LIST",
            description = "Processes, comma-separated (default: ${DEFAULT-VALUE}, the SM background mix): "
                    + ProcessCatalog.SYNTAX)
    String processes;

    @Option(names = "--events", required = true, paramLabel = "N",
            description = "Total number of events, shared among the processes.")
    long events;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output Avro archive.")
    Path out;

    @Option(names = "--lumi", defaultValue = "10", paramLabel = "FB-1",
            description = "Integrated luminosity the weights are normalised to, in fb^-1 (default: ${DEFAULT-VALUE}).")
    double lumi;

    @Option(names = "--mix", defaultValue = "balanced", paramLabel = "balanced|sigma",
            description = {"How the events are shared among several processes: balanced = half equally, half in "
                    + "proportion to the cross section (rare processes get statistics); sigma = all in proportion "
                    + "to the cross section, so every event has the same weight and the file can be counted like "
                    + "data (default: ${DEFAULT-VALUE})."})
    Mix mix;

    @Mixin
    ArchiveOutput output;

    @Override
    public Integer call() throws Exception {
        GeneratedArchive archive = new GeneratedArchive(processes, events, seed, lumi, mix);
        EventGenerator generator = ArchiveOutput.usage(spec, archive::generator);
        ArchiveCodec archiveCodec = output.codec(spec);
        Logger log = LoggerFactory.getLogger(GenerateCommand.class);
        generator.plan().forEach(s -> log.debug("{}: {} events, weight {} each, sigma {} pb",
                s.info().sample(), s.events(), s.weight(), s.info().crossSectionPb()));
        Map<String, Double> sumWeights;
        long start = System.nanoTime();
        try (ProgressBar bar = output.progressBar("generate", events, " ev")) {
            sumWeights = archive.write(out, archiveCodec, done -> {
                if (bar != null) {
                    bar.stepTo(done);
                }
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().println(summary(seconds, sumWeights));
        return 0;
    }

    private String summary(double seconds, Map<String, Double> sumWeights) {
        String perProcess = sumWeights.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s=%.4g", e.getKey(), e.getValue()))
                .collect(Collectors.joining(" "));
        return String.format(Locale.ROOT, "generated %d events in %.2f s (%.0f events/s) -> %s; sum of weights: %s",
                events, seconds, events / seconds, out, perProcess);
    }
}
