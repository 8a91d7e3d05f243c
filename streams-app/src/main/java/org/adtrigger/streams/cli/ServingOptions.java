package org.adtrigger.streams.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.adtrigger.streams.http.HttpSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The configuration and HTTP options that {@code run} and {@code demo} share, as a picocli mixin. */
final class ServingOptions {

    @Mixin
    ConfigOptions config;

    @Option(names = "--http-port", paramLabel = "N", description = "Port of /metrics, /healthz, /readyz (0: any free port)")
    Integer httpPort;

    @Option(names = "--http-address", paramLabel = "ADDRESS", description = "Address the HTTP endpoints bind to")
    String httpAddress;

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
        dedicated.putAll(flags);
        Properties properties = config.configuration(dedicated);
        defaults.forEach(properties::putIfAbsent);
        return properties;
    }
}
