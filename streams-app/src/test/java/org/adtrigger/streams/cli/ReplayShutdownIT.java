package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.testsupport.TestArchives;
import org.adtrigger.streams.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replay} as its own process: SIGTERM flushes what was sent and prints the summary before exiting. */
class ReplayShutdownIT {
    private static final Pattern SUMMARY = Pattern.compile("replayed (\\d+) events \\(\\d+ injected\\) in .*\\(stopped\\)");

    @TempDir
    Path dir;

    @Test
    void sigtermFlushesAndSummarises() throws Exception {
        Path background = TestArchives.write(dir.resolve("bg.avro"), "zee", 300, 1);
        Path stderr = dir.resolve("stderr.log");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            broker.createTopics(Map.of("events", 2));
            String java = ProcessHandle.current().info().command().orElse("java");
            Process replay = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                    StreamsMain.class.getName(), "replay", "--in", background.toString(), "--loop", "--rate", "2000",
                    "--bootstrap", broker.bootstrapServers(), "--no-progress"))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile()).start();
            try {
                assertThat(TopicReader.read(broker.bootstrapServers(), "events", 500)).as("replay under way").hasSizeGreaterThanOrEqualTo(500);
                replay.destroy();
                assertThat(replay.waitFor(60, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
            } finally {
                replay.destroyForcibly();
            }
            Matcher summary = SUMMARY.matcher(Files.readString(stderr));
            assertThat(summary.find()).as(Files.readString(stderr)).isTrue();
            long sent = Long.parseLong(summary.group(1));
            assertThat(TopicReader.count(broker.bootstrapServers(), "events"))
                    .as("every event counted was delivered, and nothing more").isEqualTo(sent);
        }
    }
}
