package org.adtrigger.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes and messages of the harness command line that need no model or broker. */
class HarnessMainTest {
    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    @TempDir
    Path dir;

    @Test
    void benchSoakHelpExitsZeroAndBenchAloneIsAUsageError() {
        assertThat(execute("bench", "soak", "--help")).isZero();
        assertThat(out.toString()).contains("--duration", "--max-rate", "--load", "--growth-limit", "--app-java-opts");
        assertThat(execute("bench")).isEqualTo(2);
        assertThat(err.toString()).contains("a benchmark is required");
    }

    @Test
    void benchSoakWithoutAModelIsAUsageErrorNamingThePath() {
        Path missing = dir.resolve("missing.onnx");
        assertThat(execute("bench", "soak", "--model", missing.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no model at " + missing);
    }

    @Test
    void benchSoakRefusesALoadAboveTheMaximumRate() throws Exception {
        Path model = Files.createFile(dir.resolve("m.onnx"));
        assertThat(execute("bench", "soak", "--model", model.toString(), "--events", "e.avro", "--load", "1.5",
                "--out", dir.resolve("out").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("load must be a fraction in (0, 1], got 1.5");
    }

    private int execute(String... args) {
        CommandLine cli = HarnessMain.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        return cli.execute(args);
    }
}
