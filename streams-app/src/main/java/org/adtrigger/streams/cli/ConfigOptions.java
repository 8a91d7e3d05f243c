package org.adtrigger.streams.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.adtrigger.scoring.onnx.ScorerDevice;
import org.adtrigger.scoring.onnx.ScorerSettings;
import picocli.CommandLine.Option;

/** The configuration options of every command that runs the scoring topology, as a picocli mixin. */
public final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with configuration keys")
    Path configFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Sets one configuration key (repeatable; wins over --config)")
    Map<String, String> sets = new LinkedHashMap<>();

    @Option(names = "--device", paramLabel = "auto|cpu|cuda", description = "Where ONNX Runtime scores")
    ScorerDevice device;

    /**
     * The configuration, later layers winning: the --config file, --set entries, then the dedicated
     * flags — --device and the command's own {@code flags}.
     */
    public Properties configuration(Map<String, String> flags) {
        Map<String, String> dedicated = new LinkedHashMap<>();
        if (device != null) {
            dedicated.put(ScorerSettings.DEVICE, device.label());
        }
        dedicated.putAll(flags);
        return ConfigLayers.merge(configFile, sets, dedicated);
    }
}
