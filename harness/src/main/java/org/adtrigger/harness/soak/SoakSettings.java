package org.adtrigger.harness.soak;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a soak run does.
 *
 * @param model            ONNX model the app serves
 * @param archives         events replayed in a loop
 * @param duration         length of the steady phase
 * @param warmUp           start of the steady phase left out of the verdict
 * @param window           length of the baseline and end windows the RSS is averaged over
 * @param sampleEvery      time between readings
 * @param maxRate          the maximum rate in events/s, or null to measure it first
 * @param load             fraction of the maximum rate offered in the steady phase
 * @param saturationEvents events sent as fast as possible to measure the maximum rate
 * @param growthLimit      RSS growth in percent the run must stay below
 * @param appJvmOptions    options of the app's JVM
 * @param appSettings      configuration keys of the app ({@code --set})
 * @param out              folder for the samples CSV, the summary and the app's log
 */
public record SoakSettings(Path model, List<Path> archives, Duration duration, Duration warmUp, Duration window,
                           Duration sampleEvery, Double maxRate, double load, long saturationEvents, double growthLimit,
                           List<String> appJvmOptions, Map<String, String> appSettings, Path out) {

    public SoakSettings {
        if (!(load > 0 && load <= 1)) {
            throw new IllegalArgumentException("load must be a fraction in (0, 1], got " + load);
        }
        if (maxRate != null && !(maxRate > 0)) {
            throw new IllegalArgumentException("max rate must be positive, got " + maxRate);
        }
        if (saturationEvents < 1) {
            throw new IllegalArgumentException("saturation events must be positive, got " + saturationEvents);
        }
        if (duration.compareTo(warmUp.plus(window).plus(window)) < 0) {
            throw new IllegalArgumentException("duration " + duration + " leaves no room for the warm-up " + warmUp
                    + " and two windows of " + window);
        }
        archives = List.copyOf(archives);
        appJvmOptions = List.copyOf(appJvmOptions);
        appSettings = Map.copyOf(appSettings);
    }
}
