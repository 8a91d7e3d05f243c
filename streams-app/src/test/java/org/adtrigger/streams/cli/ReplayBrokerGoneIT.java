package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.adtrigger.testsupport.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code replay --duration} as its own process with no broker to take the events: it still ends at the
 * duration (plus the flush grace), prints its summary and exits 1 with one line saying what went wrong.
 */
class ReplayBrokerGoneIT {
    @TempDir
    Path dir;

    @Test
    void theDurationHoldsAndTheSummaryIsPrintedWhenNoBrokerAnswers() throws Exception {
        Path background = TestArchives.write(dir.resolve("bg.avro"), "zee", 300, 1);
        Path stderr = dir.resolve("stderr.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        long start = System.nanoTime();
        Process replay = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                StreamsMain.class.getName(), "replay", "--in", background.toString(), "--loop", "--rate", "200",
                "--duration", "5s", "--bootstrap", "127.0.0.1:1", "--no-progress"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile()).start();
        try {
            assertThat(replay.waitFor(60, TimeUnit.SECONDS)).as("ended on its own").isTrue();
        } finally {
            replay.destroyForcibly();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String log = Files.readString(stderr);
        assertThat(replay.exitValue()).as(log).isEqualTo(1);
        // 5 s of replay, at most 5 s for the last acknowledgements, and the JVM's start and stop.
        assertThat(took).as(log).isLessThan(Duration.ofSeconds(25));
        assertThat(log).contains("replayed 0 events").contains("replay failed: ");
        assertThat(log.lines().reduce((a, b) -> b).orElse("")).startsWith("adtrigger replay: ");
        assertThat(log).as("no stack trace").doesNotContain("\tat ");
    }
}
