package org.adtrigger.scoring.machine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What a benchmark result needs said about the machine it ran on.
 *
 * @param cores    processors available to the JVM (what {@code nproc} prints)
 * @param cpuModel the first "model name" of /proc/cpuinfo (what {@code lscpu} shows), or "unknown"
 * @param java     the JVM's version and name
 */
public record MachineInfo(int cores, String cpuModel, String java) {

    public static MachineInfo current() {
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), cpuModelName(),
                System.getProperty("java.vm.version") + " (" + System.getProperty("java.vm.name") + ")");
    }

    /**
     * The 1-, 5- and 15-minute load averages of /proc/loadavg, or the JVM's 1-minute figure elsewhere: other
     * work on the machine competes for the cores, and a result means little without it.
     */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException | RuntimeException e) {
            double oneMinute = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return oneMinute < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f (1 min)", oneMinute);
        }
    }

    /** One line for a report: cores, CPU model (when known), operating system and the Java feature release. */
    public static String describe() {
        String model = cpuModelName();
        return Runtime.getRuntime().availableProcessors() + " cores, "
                + (model.equals("unknown") ? "CPU model unknown" : model) + ", " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch") + ", Java " + Runtime.version().feature();
    }

    private static String cpuModelName() {
        try {
            Optional<String> line = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).findFirst();
            return line.map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
