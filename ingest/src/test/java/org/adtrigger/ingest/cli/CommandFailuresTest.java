package org.adtrigger.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The one failure format and exit-code convention, on a command tree shaped like the launcher's. */
class CommandFailuresTest {
    private final StringWriter err = new StringWriter();

    @Command(name = "adtrigger", subcommands = Bench.class)
    static final class Root {
    }

    @Command(name = "bench", subcommands = Physics.class)
    static final class Bench {
    }

    @Command(name = "physics")
    static final class Physics implements Callable<Integer> {
        @Option(names = "--fail", description = "what to throw")
        String fail = "";

        @Override
        public Integer call() throws Exception {
            switch (fail) {
                case "multi-line" -> throw new IllegalStateException("first line\n  second line\n");
                case "wrapped-missing-file" -> throw new UncheckedIOException(null, new NoSuchFileException("/data/x.avro"));
                case "no-message" -> throw new IllegalStateException();
                case "usage" -> throw new UsageException("unknown configuration key 'batch.sise'");
                default -> {
                    return CommandFailures.OK;
                }
            }
        }
    }

    @Test
    void aFailureIsOneLineNamingTheCommandAsTypedAndExitsOne() {
        assertThat(run("bench", "physics", "--fail", "multi-line")).isEqualTo(CommandFailures.FAILURE);
        assertThat(err.toString()).isEqualTo("adtrigger bench physics: first line second line" + System.lineSeparator());
    }

    @Test
    void aWrappedFileProblemNamesThePathAndTheReason() {
        assertThat(run("bench", "physics", "--fail", "wrapped-missing-file")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("adtrigger bench physics: /data/x.avro: no such file" + System.lineSeparator());
    }

    @Test
    void anExceptionWithoutAMessageIsNamedByItsType() {
        assertThat(run("bench", "physics", "--fail", "no-message")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("adtrigger bench physics: IllegalStateException" + System.lineSeparator());
    }

    @Test
    void aUsageExceptionAndABadOptionExitTwo() {
        assertThat(run("bench", "physics", "--fail", "usage")).isEqualTo(CommandFailures.USAGE);
        assertThat(err.toString()).isEqualTo("adtrigger bench physics: unknown configuration key 'batch.sise'"
                + System.lineSeparator());
        err.getBuffer().setLength(0);
        assertThat(run("bench", "physics", "--speed", "3")).isEqualTo(CommandFailures.USAGE);
        assertThat(err.toString().lines()).containsExactly("adtrigger bench physics: Unknown options: '--speed', '3'",
                "Try 'adtrigger bench physics --help'.");
    }

    @Test
    void successExitsZeroAndPrintsNothing() {
        assertThat(run("bench", "physics")).isZero();
        assertThat(err.toString()).isEmpty();
    }

    private int run(String... args) {
        CommandLine cli = CommandFailures.install(new CommandLine(new Root()), false);
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
