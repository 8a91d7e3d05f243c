package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.adtrigger.probe.RunCommandLine;
import org.junit.jupiter.api.Test;

/** The probe names the streaming entry point as a string; this keeps the name true to the class. */
class RunCommandLineTest {

    @Test
    void startsThisModulesMainClassWithTheRunCommand() {
        List<String> command = RunCommandLine.of(List.of("-Xmx1g"), Path.of("m.onnx"), "localhost:9092", 8080,
                Map.of("topic.partitions", "2"));
        assertThat(RunCommandLine.MAIN_CLASS).isEqualTo(StreamsMain.class.getName());
        assertThat(command).containsSequence(StreamsMain.class.getName(), "run", "--model", "m.onnx",
                "--bootstrap", "localhost:9092", "--http-port", "8080", "--set", "topic.partitions=2");
        assertThat(command.get(1)).isEqualTo("-Xmx1g");
    }
}
