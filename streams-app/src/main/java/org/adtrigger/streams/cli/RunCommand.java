package org.adtrigger.streams.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code adtrigger run}: the command-line face of {@link TriggerRunner}. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score events from Kafka with an ONNX model until SIGTERM / Ctrl-C or --duration.",
                "Without --bootstrap an embedded single-node Kafka broker is started and the topics are created."})
final class RunCommand implements Callable<Integer> {

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
        new TriggerRunner(serving.configuration(Map.of(), flags), model, bootstrap == null).run(duration, null);
        return 0;
    }
}
