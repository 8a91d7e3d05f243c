package org.adtrigger.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} as its own process, stopped by SIGTERM half-way: the partial archive must not appear at the
 * output path (a reader would take it for complete), and no temporary file is left either.
 */
class IngestInterruptIT {
    private static final int LINES = 1_500_000;

    @TempDir
    Path dir;

    @Test
    void sigtermHalfWayLeavesNoArchiveAndNoTemporaryFile() throws Exception {
        Path input = darkMachinesText(dir.resolve("big.csv"));
        Path out = dir.resolve("out/big.avro");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process ingest = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                IngestMain.class.getName(), "ingest", "--format", "darkmachines", "--in", input.toString(),
                "--out", out.toString(), "--no-progress"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(dir.resolve("stderr.log").toFile()).start();
        try {
            awaitPartialOutput(out.getParent(), ingest);
            assertThat(ingest.isAlive()).as("ingest still running when signalled").isTrue();
            ingest.destroy();
            assertThat(ingest.waitFor(60, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
        } finally {
            ingest.destroyForcibly();
        }
        assertThat(ingest.exitValue()).as("an interrupted ingest is not a success").isNotZero();
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertThat(left).as("temporary files left").isEmpty();
        }
    }

    /** Waits until the temporary archive has grown past its header: events are being written. */
    private static void awaitPartialOutput(Path outDir, Process ingest) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && ingest.isAlive()) {
            if (Files.isDirectory(outDir)) {
                try (Stream<Path> files = Files.list(outDir)) {
                    if (files.anyMatch(f -> f.getFileName().toString().endsWith(".part") && size(f) > 64 * 1024)) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no partial archive appeared in " + outDir + " while ingest ran (exit "
                + (ingest.isAlive() ? "none yet" : ingest.exitValue()) + "): "
                + Files.readString(outDir.resolveSibling("stderr.log")));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Path darkMachinesText(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < LINES; i++) {
                w.write(i + ";ttbar;0.5;40000;0.1;m+,50000,45000,0.2,1.0;j,90000,80000,0.5,-1.0\n");
            }
        }
        return file;
    }
}
