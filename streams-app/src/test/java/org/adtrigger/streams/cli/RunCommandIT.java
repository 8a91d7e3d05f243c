package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.adtrigger.streams.onnx.TestModelFiles;
import org.adtrigger.streams.testsupport.CapturedLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code run} in this JVM with the real ONNX Runtime and embedded broker, and a pass-through topology. */
class RunCommandIT {
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    @Test
    void stopsEveryPartInOrderWhenTheDurationEnds() {
        Path model = TestModelFiles.servable(dir);
        try (CapturedLog log = CapturedLog.of(ShutdownSequence.class)) {
            int exit = execute("run", "--model", model.toString(), "--http-port", "0", "--duration", "2s");
            assertThat(exit).as(err.toString()).isZero();
            assertThat(log.lines()).filteredOn(line -> line.contains("Stopped")).containsExactly(
                    "INFO Stopped Kafka Streams",
                    "INFO Stopped HTTP server",
                    "INFO Stopped metrics",
                    "INFO Stopped embedded Kafka broker",
                    "INFO Stopped ONNX model");
        }
    }

    @Test
    void refusesAMismatchedModelBeforeStartingAnythingElse() {
        Path model = TestModelFiles.wrongWidth(dir);
        try (CapturedLog log = CapturedLog.of(ShutdownSequence.class)) {
            assertThat(execute("run", "--model", model.toString(), "--http-port", "0")).isEqualTo(1);
            assertThat(err.toString()).isEqualTo("adtrigger run: refusing model " + model
                    + ": input width: ONNX graph takes 10 cells, card says 9" + System.lineSeparator());
            assertThat(log.lines()).isEmpty();
        }
    }

    private int execute(String... args) {
        CommandLine cli = StreamsMain.commandLine(new RunCommand(PassThroughWiring::new));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
