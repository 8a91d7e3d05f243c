package org.adtrigger.probe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The resident set size of a process as Linux reports it in {@code /proc/<pid>/status} ({@code VmRSS}):
 * heap, native allocations (ONNX Runtime, direct buffers), code and thread stacks together,
 * which is what an operator's memory limit counts.
 */
public final class ResidentMemory {
    private static final String FIELD = "VmRSS:";

    private ResidentMemory() {
    }

    /**
     * @throws UncheckedIOException naming the file when it cannot be read (not Linux, or the process ended)
     */
    public static long bytesOf(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            return parseVmRss(Files.readString(status), status.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + status + " (Linux only; has the process ended?)", e);
        }
    }

    /**
     * The {@code VmRSS} line of a status text in bytes; the kernel writes it in kB, meaning KiB.
     *
     * @param source names the text in the error
     * @throws IllegalArgumentException when the text has no well-formed VmRSS line
     */
    static long parseVmRss(String statusText, String source) {
        for (String line : statusText.split("\n")) {
            if (line.startsWith(FIELD)) {
                String[] parts = line.substring(FIELD.length()).trim().split("\\s+");
                if (parts.length == 2 && parts[1].equals("kB") && parts[0].matches("\\d{1,15}")) {
                    return Long.parseLong(parts[0]) * 1024L;
                }
                throw new IllegalArgumentException(source + ": unreadable VmRSS line '" + line + "'");
            }
        }
        throw new IllegalArgumentException(source + ": no VmRSS line (a kernel thread, or not a Linux status file)");
    }
}
