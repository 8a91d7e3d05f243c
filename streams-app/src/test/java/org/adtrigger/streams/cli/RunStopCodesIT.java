package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.adtrigger.testsupport.onnx.TestModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit codes of {@code run} as its own process, with the production logging configuration: a SIGTERM in
 * the middle of the start-up is a requested stop (status 0, no stack trace), and an unreachable broker
 * fails on its own after a bounded wait, with one line naming it.
 */
class RunStopCodesIT {
    @TempDir
    Path dir;

    @Test
    void sigtermDuringStartUpExitsZeroWithoutAStackTrace() throws Exception {
        Path stderr = dir.resolve("stderr.log");
        // No --bootstrap: the embedded broker makes the start-up long, and the signal lands in the middle of it.
        Process app = start(stderr, "run", "--model", TestModelFiles.servable(dir).toString(), "--http-port", "0",
                "--set", "state.dir=" + dir.resolve("state"));
        try {
            // Signalled once the model is loaded, while the embedded broker starts: the middle of the start-up.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(stderr).contains("loaded from") && System.nanoTime() < deadline && app.isAlive()) {
                Thread.sleep(20);
            }
            assertThat(app.isAlive()).as(Files.readString(stderr)).isTrue();
            app.destroy();
            assertThat(app.waitFor(90, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
        } finally {
            app.destroyForcibly();
        }
        String log = Files.readString(stderr);
        assertThat(app.exitValue()).as(log).isZero();
        assertThat(log).as("no stack trace at a stop").doesNotContain("\tat ");
    }

    @Test
    void anUnreachableBrokerFailsAfterABoundedWaitWithOneLine() throws Exception {
        Path stderr = dir.resolve("stderr.log");
        long start = System.nanoTime();
        Process app = start(stderr, "run", "--model", TestModelFiles.servable(dir).toString(), "--http-port", "0",
                "--bootstrap", "127.0.0.1:1", "--set", "state.dir=" + dir.resolve("state"));
        try {
            assertThat(app.waitFor(90, TimeUnit.SECONDS)).as("gave up on its own").isTrue();
        } finally {
            app.destroyForcibly();
        }
        String log = Files.readString(stderr);
        assertThat(app.exitValue()).as(log).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
        List<String> lines = log.lines().toList();
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("adtrigger run: no Kafka broker answered at 127.0.0.1:1 within 15 s (bootstrap.servers / --bootstrap)");
        assertThat(log).as("one line, no stack trace").doesNotContain("\tat ");
    }

    private static Process start(Path stderr, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dlog4j2.configurationFile=log4j2.xml", "-cp", System.getProperty("java.class.path"),
                StreamsMain.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
    }
}
