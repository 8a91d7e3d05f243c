package org.adtrigger.trainer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** The machine a benchmark ran on, in words: available cores and the CPU model. */
final class MachineInfo {
    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");

    private MachineInfo() {
    }

    static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpuModel().orElse("CPU model unknown")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                + Runtime.version().feature();
    }

    /** The first "model name" line of /proc/cpuinfo (Linux); empty elsewhere. */
    private static Optional<String> cpuModel() {
        if (!Files.isReadable(CPU_INFO)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(CPU_INFO)) {
            return lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
