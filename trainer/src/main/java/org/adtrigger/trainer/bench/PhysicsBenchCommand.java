package org.adtrigger.trainer.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.ingest.gen.ProcessCatalog;
import org.adtrigger.scoring.machine.MachineInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code adtrigger bench physics}: generates the background and one sample per signal at fixed seeds, then for
 * every method trains and evaluates through the trainer's API ({@code train --model METHOD} and
 * {@code evaluate}'s code path) and tabulates what each evaluation found.
 */
@Command(name = "physics", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare methods on every signal at fixed seeds: AUC, signal efficiency and SI at",
                "background efficiency 1e-2/1e-3/1e-4, Z and Asimov Z before and after each tier.",
                "Writes physics.md and physics.json to --out."})
public final class PhysicsBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--methods", split = ",", paramLabel = "METHOD",
            defaultValue = "ae-small,ae-large,vae-small,met,pca,iforest,hbos",
            description = "train --model values, comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> methods;

    @Option(names = "--signals", defaultValue = "bsm", paramLabel = "LIST",
            description = "Signal processes, one archive each, e.g. bsm or zprime:3000,c1n2:450:300 "
                    + "(default: ${DEFAULT-VALUE}).")
    String signals;

    @Option(names = "--background-events", defaultValue = "200000", paramLabel = "N",
            description = "SM events, generated in proportion to sigma (default: ${DEFAULT-VALUE}).")
    long backgroundEvents;

    @Option(names = "--signal-events", defaultValue = "20000", paramLabel = "N",
            description = "Events per signal (default: ${DEFAULT-VALUE}).")
    long signalEvents;

    @Option(names = "--epochs", defaultValue = "3", paramLabel = "N",
            description = "train --epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Background seed and training seed; signal k takes S + 1 + k (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--lumi", defaultValue = "10", paramLabel = "FB-1",
            description = "Luminosity the weights are normalised to, in fb^-1 (default: ${DEFAULT-VALUE}).")
    double lumiInverseFb;

    @Option(names = "--preset", defaultValue = RmmLayout.DEFAULT_PRESET, paramLabel = "LAYOUT",
            description = "train --preset (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--selection", defaultValue = "none", paramLabel = "PRESET",
            description = "train --selection (default: ${DEFAULT-VALUE}).")
    String selection;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "train and evaluate --threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--out", defaultValue = "bench-physics", paramLabel = "DIR",
            description = "Where physics.md and physics.json go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Samples, models, reports and logs; what is there with the same parameters is reused "
                    + "(default: <out>/work).")
    Path work;

    @Override
    public Integer call() throws IOException {
        List<String> methodList = checkedOptions();
        RmmLayout layout = usage(() -> RmmLayout.parse(preset));
        SelectionPreset selectionPreset = usage(() -> SelectionPreset.byId(selection));
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long startNanos = System.nanoTime();
        PrintWriter log = spec.commandLine().getOut();
        Path workDir = work != null ? work : out.resolve("work");

        Path samplesDir = workDir.resolve("samples");
        Path logs = workDir.resolve("logs");
        BenchSamples.Sample background = BenchSamples.background(samplesDir, logs, backgroundEvents, seed,
                lumiInverseFb);
        log.println(sampleLine(background));
        List<BenchSamples.Sample> signalSamples = BenchSamples.signals(samplesDir, logs, signals, signalEvents, seed,
                lumiInverseFb);
        signalSamples.forEach(s -> log.println(sampleLine(s)));

        BenchSettings settings = new BenchSettings(backgroundEvents, signalEvents, signals, seed, lumiInverseFb,
                epochs, layout.spec(), selectionPreset.id(), threads, methodList);
        List<MethodRun> runs = new ArrayList<>();
        List<PhysicsRow> rows = new ArrayList<>();
        for (String method : methodList) {
            MethodBench.Result result = new MethodBench(workDir, method, settings, layout, selectionPreset,
                    commandLineArgs()).run(background, signalSamples);
            runs.add(result.run());
            rows.addAll(result.metrics().rows());
            log.printf(Locale.ROOT, "bench physics: %s trained in %s, evaluated in %.1f s%n", method,
                    result.run().reusedModel() ? "an earlier run" : String.format(Locale.ROOT, "%.1f s",
                            result.run().trainSeconds()), result.run().evaluateSeconds());
            log.flush();
        }

        List<BenchSamples.Sample> samples = new ArrayList<>();
        samples.add(background);
        samples.addAll(signalSamples);
        PhysicsBenchResult result = new PhysicsBenchResult(started.toString(), commandLine(), MachineInfo.describe(),
                (System.nanoTime() - startNanos) / 1e9, settings, samples, runs, rows);
        String markdown = PhysicsTables.markdown(result);
        List<Path> written = PhysicsReport.write(out, result, markdown);
        log.println();
        log.print(markdown);
        log.println("wrote " + written.get(0) + " and " + written.get(1));
        log.flush();
        return 0;
    }

    private List<String> checkedOptions() {
        List<String> methodList;
        try {
            methodList = Methods.parse(methods);
            ProcessCatalog.parse(signals);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        positive("--background-events", backgroundEvents);
        positive("--signal-events", signalEvents);
        positive("--epochs", epochs);
        positive("--threads", threads);
        if (!(lumiInverseFb > 0 && Double.isFinite(lumiInverseFb))) {
            throw new ParameterException(spec.commandLine(), "--lumi must be positive, got " + lumiInverseFb);
        }
        return methodList;
    }

    private void positive(String option, long value) {
        if (value <= 0) {
            throw new ParameterException(spec.commandLine(), option + " must be positive, got " + value);
        }
    }

    private <T> T usage(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private static String sampleLine(BenchSamples.Sample s) {
        return String.format(Locale.ROOT, "bench physics: %s: %,d events, seed %d: %s (%s)", s.name(), s.events(),
                s.seed(), s.file(), s.reused() ? "reused" : String.format(Locale.ROOT, "generated in %.1f s",
                        s.seconds()));
    }

    private String commandLine() {
        return String.join(" ", Stream.concat(Stream.of("adtrigger"), commandLineArgs().stream()).toList());
    }

    /** The arguments after {@code adtrigger}. */
    private List<String> commandLineArgs() {
        return Stream.concat(Stream.of("bench", "physics"), spec.commandLine().getParseResult().originalArgs()
                .stream().dropWhile(a -> !a.equals("physics")).skip(1)).toList();
    }
}
