package org.adtrigger.streams.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code adtrigger run}: the command-line face of {@link TriggerRunner}. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score events from Kafka with an ONNX model until SIGTERM / Ctrl-C or --duration.",
                "Without --bootstrap an embedded single-node Kafka broker is started and the topics are created.",
                "On stop prints the totals on stderr: events in, dead-lettered, selection by reason, scored, tier >= i, windows emitted."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE",
            description = "ONNX model from the trainer; its card is read from the model's metadata or FILE's .card.json sidecar")
    Path model;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT", description = "Kafka brokers (bootstrap.servers)")
    String bootstrap;

    @Mixin
    ServingOptions serving;

    @Option(names = "--duration", paramLabel = "D", converter = DurationConverter.class,
            description = "Stop after this long (e.g. 90s, 10m, PT1H); default: run until stopped")
    Duration duration;

    @Override
    public Integer call() throws Exception {
        Map<String, String> flags = bootstrap == null ? Map.of() : Map.of("bootstrap.servers", bootstrap);
        PrintWriter err = spec.commandLine().getErr();
        new TriggerRunner(serving.configuration(Map.of(), flags), model, bootstrap == null).run(duration, null, totals -> {
            totals.lines().forEach(err::println);
            err.flush();
        });
        return 0;
    }
}
