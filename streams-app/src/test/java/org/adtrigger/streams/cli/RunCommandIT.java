package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.adtrigger.testsupport.onnx.TestModelFiles;
import org.adtrigger.testsupport.CapturedLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code run} in this JVM with the real ONNX Runtime, embedded broker and topology. */
class RunCommandIT {
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    @Test
    void createsTheTopicsAndStopsEveryPartInOrderWhenTheDurationEnds() {
        Path model = TestModelFiles.servable(dir);
        try (CapturedLog steps = CapturedLog.of(ShutdownSequence.class);
             CapturedLog runner = CapturedLog.of(TriggerRunner.class)) {
            int exit = execute("run", "--model", model.toString(), "--http-port", "0", "--duration", "2s",
                    "--set", "topic.partitions=3", "--set", "state.dir=" + dir.resolve("state"));
            assertThat(exit).as(err.toString()).isZero();
            assertThat(runner.lines()).contains("INFO Created topics {events=3, events.dlq=3, scored-events=3, "
                    + "anomalies=3, window-summaries=3} (name=partitions)");
            assertThat(steps.lines()).filteredOn(line -> line.contains("Stopped")).containsExactly(
                    "INFO Stopped Kafka Streams",
                    "INFO Stopped HTTP server",
                    "INFO Stopped run totals",
                    "INFO Stopped metrics",
                    "INFO Stopped embedded Kafka broker",
                    "INFO Stopped ONNX model");
        }
        assertThat(err.toString().lines()).startsWith("run: 0 events in, 0 dead-lettered, 0 scored")
                .contains("tiers: ≥1 0, ≥2 0, ≥3 0", "windows emitted: 0 ALL, 0 SAMPLE, 0 RUN");
    }

    @Test
    void refusesAMismatchedModelBeforeStartingAnythingElse() {
        Path model = TestModelFiles.wrongWidth(dir);
        try (CapturedLog steps = CapturedLog.of(ShutdownSequence.class)) {
            assertThat(execute("run", "--model", model.toString(), "--http-port", "0")).isEqualTo(1);
            assertThat(err.toString()).isEqualTo("adtrigger run: refusing model " + model
                    + ": input width: ONNX graph takes 10 cells, card says 9" + System.lineSeparator());
            assertThat(steps.lines()).isEmpty();
        }
    }

    @Test
    void refusesABadTopologySettingBeforeStartingTheBroker() {
        Path model = TestModelFiles.servable(dir);
        try (CapturedLog steps = CapturedLog.of(ShutdownSequence.class)) {
            assertThat(execute("run", "--model", model.toString(), "--set", "batch.size=0")).isEqualTo(1);
            assertThat(err.toString()).startsWith("adtrigger run: ").contains("batch.size").doesNotContain("\n ");
            assertThat(steps.lines()).containsExactly(
                    "INFO Stopping embedded Kafka broker", "INFO Stopped embedded Kafka broker",
                    "INFO Stopping ONNX model", "INFO Stopped ONNX model");
        }
    }

    private int execute(String... args) {
        CommandLine cli = StreamsMain.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
