package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of {@code replay} that need no broker. */
class ReplayCommandTest {
    @TempDir
    Path dir;

    @Test
    void helpListsTheOptions() {
        CommandRun help = CommandRun.of("replay", "--help");
        assertThat(help.exitCode).isZero();
        assertThat(help.out.toString()).contains("--in", "--topic", "--rate", "--loop", "--time", "--inject",
                "--bootstrap", "--max-events", "--duration");
    }

    @Test
    void usageErrorsExitTwoAndSayWhy() {
        assertUsageError("--in", CommandRun.of("replay"));
        assertUsageError("fraction must be in (0, 1]", CommandRun.of("replay", "--in", "a.avro", "--inject", "s.avro:2:10s"));
        assertUsageError("rate must be", CommandRun.of("replay", "--in", "a.avro", "--rate", "-5"));
        assertUsageError("max events must be positive", CommandRun.of("replay", "--in", "a.avro", "--max-events", "0"));
        assertUsageError("yesterday", CommandRun.of("replay", "--in", "a.avro", "--time", "yesterday"));
    }

    private static void assertUsageError(String reason, CommandRun run) {
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString()).contains(reason);
    }

    @Test
    void anUnreadableArchiveFailsWithOneLineNamingIt() {
        Path missing = dir.resolve("missing.avro");
        CommandRun run = CommandRun.of("replay", "--in", missing.toString(), "--bootstrap", "127.0.0.1:1", "--no-progress");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err.toString()).isEqualTo("adtrigger replay: cannot read archive " + missing + ": no such file"
                + System.lineSeparator());
    }
}
