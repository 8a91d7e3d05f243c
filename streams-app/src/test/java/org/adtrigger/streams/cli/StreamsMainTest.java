package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes and messages of the command line that need no model or broker. */
class StreamsMainTest {
    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    @TempDir
    Path dir;

    @Test
    void helpExitsZero() {
        assertThat(execute("run", "--help")).isZero();
        assertThat(out.toString()).contains("--model", "--bootstrap", "--duration", "--device");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(execute()).isEqualTo(2);
        assertThat(err.toString()).contains("a command is required");
    }

    @Test
    void runWithoutModelIsAUsageError() {
        assertThat(execute("run")).isEqualTo(2);
        assertThat(err.toString()).contains("--model");
    }

    @Test
    void unknownDeviceIsAUsageError() {
        assertThat(execute("run", "--model", "m.onnx", "--device", "tpu")).isEqualTo(2);
        assertThat(err.toString()).contains("tpu");
    }

    @Test
    void badDurationIsAUsageError() {
        assertThat(execute("run", "--model", "m.onnx", "--duration", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("'soon' is not a duration");
    }

    @Test
    void aMissingModelFailsWithOneLine() {
        Path missing = dir.resolve("missing.onnx");
        assertThat(execute("run", "--model", missing.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("adtrigger run: model file " + missing + " does not exist"
                + System.lineSeparator());
    }

    @Test
    void aBadConfigValueFailsWithTheKeysName() {
        assertThat(execute("run", "--model", "m.onnx", "--set", "scorer.intra.op.threads=0")).isEqualTo(1);
        assertThat(err.toString()).startsWith("adtrigger run: scorer.intra.op.threads must be at least 1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "batch.sise=1024 | unknown configuration key 'batch.sise'; did you mean batch.size? (--set)",
            "no.such.key=1 | unknown configuration key 'no.such.key'; docs/configuration.md lists the keys (--set)",
            "kafka.linger.msx=5 | unknown Kafka setting 'kafka.linger.msx': Kafka Streams and its clients define no 'linger.msx'; did you mean kafka.linger.ms? (--set)",
    })
    void anUnknownKeyIsAUsageErrorBeforeAnythingStarts(String set, String message) {
        // The model does not exist: the key check comes first, before the model is looked at.
        assertThat(execute("run", "--model", "m.onnx", "--set", set)).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("adtrigger run: " + message + System.lineSeparator());
    }

    private int execute(String... args) {
        CommandLine cli = StreamsMain.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        return cli.execute(args);
    }
}
