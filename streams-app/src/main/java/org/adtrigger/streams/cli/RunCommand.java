package org.adtrigger.streams.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.adtrigger.streams.http.HttpSettings;
import org.adtrigger.scoring.onnx.ScorerDevice;
import org.adtrigger.scoring.onnx.ScorerSettings;
import picocli.CommandLine.Command;
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

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with configuration keys")
    Path configFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Sets one configuration key (repeatable; wins over --config)")
    Map<String, String> sets = new LinkedHashMap<>();

    @Option(names = "--http-port", paramLabel = "N", description = "Port of /metrics, /healthz, /readyz (0: any free port)")
    Integer httpPort;

    @Option(names = "--http-address", paramLabel = "ADDRESS", description = "Address the HTTP endpoints bind to")
    String httpAddress;

    @Option(names = "--device", paramLabel = "auto|cpu|cuda", description = "Where ONNX Runtime scores")
    ScorerDevice device;

    @Option(names = "--duration", paramLabel = "D", converter = DurationConverter.class,
            description = "Stop after this long (e.g. 90s, 10m, PT1H); default: run until stopped")
    Duration duration;

    @Override
    public Integer call() throws InterruptedException {
        new TriggerRunner(ConfigLayers.merge(configFile, sets, flags()), model, bootstrap == null).run(duration);
        return 0;
    }

    /** The dedicated flags as configuration keys; they win over --config and --set. */
    private Map<String, String> flags() {
        Map<String, String> flags = new LinkedHashMap<>();
        if (bootstrap != null) {
            flags.put("bootstrap.servers", bootstrap);
        }
        if (httpPort != null) {
            flags.put(HttpSettings.PORT, httpPort.toString());
        }
        if (httpAddress != null) {
            flags.put(HttpSettings.ADDRESS, httpAddress);
        }
        if (device != null) {
            flags.put(ScorerSettings.DEVICE, device.label());
        }
        return flags;
    }
}
