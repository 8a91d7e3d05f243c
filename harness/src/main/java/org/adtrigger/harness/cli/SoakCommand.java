package org.adtrigger.harness.cli;

import org.adtrigger.core.io.AtomicOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.adtrigger.harness.soak.SoakRun;
import org.adtrigger.harness.soak.SoakSettings;
import org.adtrigger.harness.soak.SoakVerdict;
import org.adtrigger.harness.soak.SyntheticEvents;
import org.adtrigger.streams.cli.DurationConverter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code adtrigger bench soak}: the command-line face of {@link SoakRun}. Exit 0 when the RSS growth passes, 1 when not. */
@Command(name = "soak", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the app for a long time at a fixed fraction of its maximum rate, sampling its memory.",
                "Embedded broker and load in this JVM, the app (adtrigger run) in a JVM of its own whose RSS is read",
                "from /proc; writes soak-samples.csv, soak-summary.txt and soak-app.log to --out."})
final class SoakCommand implements Callable<Integer> {
    static final Path DEMO_MODEL = Path.of("demo-cache", "ae-small.onnx");

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE",
            description = "ONNX model with its card (default: the demo's, demo-cache/ae-small.onnx)")
    Path model;

    @Option(names = "--events", arity = "1..*", paramLabel = "ARCHIVE",
            description = "Archives replayed in a loop (default: 100 000 generated SM events, sigma mix, written to --out)")
    List<Path> events;

    @Option(names = "--duration", defaultValue = "30m", converter = DurationConverter.class, paramLabel = "D",
            description = "Length of the steady phase (default: ${DEFAULT-VALUE})")
    Duration duration;

    @Option(names = "--warmup", defaultValue = "5m", converter = DurationConverter.class, paramLabel = "D",
            description = "Start of the steady phase left out of the verdict (default: ${DEFAULT-VALUE})")
    Duration warmUp;

    @Option(names = "--window", defaultValue = "1m", converter = DurationConverter.class, paramLabel = "D",
            description = "Baseline and end windows the RSS is averaged over (default: ${DEFAULT-VALUE})")
    Duration window;

    @Option(names = "--sample-every", defaultValue = "10s", converter = DurationConverter.class, paramLabel = "D",
            description = "Time between readings (default: ${DEFAULT-VALUE})")
    Duration sampleEvery;

    @Option(names = "--max-rate", paramLabel = "EV/S", description = "Maximum rate; default: measured by a saturation phase")
    Double maxRate;

    @Option(names = "--load", defaultValue = "0.8", paramLabel = "F",
            description = "Fraction of the maximum rate offered (default: ${DEFAULT-VALUE})")
    double load;

    @Option(names = "--saturation-events", defaultValue = "500000", paramLabel = "N",
            description = "Events sent as fast as possible to measure the maximum rate (default: ${DEFAULT-VALUE})")
    long saturationEvents;

    @Option(names = "--growth-limit", defaultValue = "5", paramLabel = "PERCENT",
            description = "RSS growth the run must stay below (default: ${DEFAULT-VALUE})")
    double growthLimit;

    @Option(names = "--app-java-opts", defaultValue = "-Xms1g -Xmx1g -XX:+AlwaysPreTouch", paramLabel = "OPTS",
            description = "JVM options of the app (default: ${DEFAULT-VALUE}: a fixed, pre-touched heap, so RSS growth is not heap sizing)")
    String appJavaOpts;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Configuration key of the app (repeatable)")
    Map<String, String> sets = new LinkedHashMap<>();

    @Option(names = "--out", defaultValue = "soak-out", paramLabel = "DIR",
            description = "Folder for the CSV, the summary and the app's log (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path modelFile = model != null ? model : DEMO_MODEL;
        if (!Files.isRegularFile(modelFile)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no model at " + modelFile
                    + (model == null ? ": pass --model, or run ./adtrigger demo once to make the demo's" : ""));
        }
        AtomicOutput.checkWritableDirectory(out);
        List<Path> archives = events != null ? events : List.of(SyntheticEvents.write(out.resolve("soak-events.avro")));
        List<String> jvmOptions = new ArrayList<>(Arrays.asList(appJavaOpts.trim().split("\\s+")));
        jvmOptions.removeIf(String::isEmpty);
        SoakSettings settings = new SoakSettings(modelFile, archives, duration, warmUp, window, sampleEvery, maxRate, load,
                saturationEvents, growthLimit, jvmOptions, sets, out);
        SoakVerdict verdict = new SoakRun(settings, spec.commandLine().getOut()).run();
        return verdict.passed() ? 0 : 1;
    }
}
