package org.adtrigger.streams.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.adtrigger.scoring.onnx.ScorerDevice;
import org.adtrigger.scoring.onnx.ScorerSettings;
import org.adtrigger.streams.http.HttpSettings;
import picocli.CommandLine.Option;

/** The configuration options that {@code run} and {@code demo} share, as a picocli mixin. */
final class ServingOptions {

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

    /**
     * The configuration, later layers winning: the command's {@code defaults}, the --config file, --set
     * entries, then the dedicated flags — these options' and the command's own {@code flags}.
     */
    Properties configuration(Map<String, String> defaults, Map<String, String> flags) {
        Map<String, String> dedicated = new LinkedHashMap<>();
        if (httpPort != null) {
            dedicated.put(HttpSettings.PORT, httpPort.toString());
        }
        if (httpAddress != null) {
            dedicated.put(HttpSettings.ADDRESS, httpAddress);
        }
        if (device != null) {
            dedicated.put(ScorerSettings.DEVICE, device.label());
        }
        dedicated.putAll(flags);
        Properties config = ConfigLayers.merge(configFile, sets, dedicated);
        defaults.forEach(config::putIfAbsent);
        return config;
    }
}
