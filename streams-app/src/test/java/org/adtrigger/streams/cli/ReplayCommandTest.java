package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes and messages of {@code replay} that need no broker. */
class ReplayCommandTest {
    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    @TempDir
    Path dir;

    @Test
    void helpListsTheOptions() {
        assertThat(execute("replay", "--help")).isZero();
        assertThat(out.toString()).contains("--in", "--topic", "--rate", "--loop", "--time", "--inject", "--bootstrap",
                "--max-events", "--duration");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(execute("replay")).isEqualTo(2);
        assertThat(execute("replay", "--in", "a.avro", "--inject", "s.avro:2:10s")).isEqualTo(2);
        assertThat(execute("replay", "--in", "a.avro", "--rate", "-5")).isEqualTo(2);
        assertThat(execute("replay", "--in", "a.avro", "--max-events", "0")).isEqualTo(2);
        assertThat(execute("replay", "--in", "a.avro", "--time", "yesterday")).isEqualTo(2);
        assertThat(err.toString()).contains("--in", "fraction must be in (0, 1]", "rate must be", "max events must be positive",
                "yesterday");
    }

    @Test
    void anUnreadableArchiveFailsWithOneLineNamingIt() {
        Path missing = dir.resolve("missing.avro");
        assertThat(execute("replay", "--in", missing.toString(), "--bootstrap", "127.0.0.1:1", "--no-progress")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("adtrigger replay: cannot read archive " + missing + ": no such file"
                + System.lineSeparator());
    }

    private int execute(String... args) {
        CommandLine cli = StreamsMain.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        return cli.execute(args);
    }
}
