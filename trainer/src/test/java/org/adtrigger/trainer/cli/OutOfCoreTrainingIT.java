package org.adtrigger.trainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.card.ModelCardJson;
import org.adtrigger.testsupport.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trains ae-small in a child JVM whose heap and ND4J off-heap budget are each a fraction of the decoded
 * training data, so a pipeline that held the data (or an epoch of it) in memory would die of OutOfMemoryError.
 * The child does not load ONNX Runtime, so the test JVM's long class path is safe to pass on.
 */
class OutOfCoreTrainingIT {
    private static final long HEAP_BYTES = 32L << 20;
    private static final long OFF_HEAP_BYTES = 64L << 20;
    private static final int EVENTS = 80_000;

    @TempDir
    Path dir;

    @Test
    void trainsOnDataSeveralTimesLargerThanTheHeap() throws IOException, InterruptedException {
        Path archive = TestArchives.write(dir.resolve("sm.avro"), "sm", EVENTS, 1);
        long decodedBytes = (long) EVENTS * RmmLayout.T4N6655.cells() * Float.BYTES;
        assertThat(decodedBytes).isGreaterThan(5 * HEAP_BYTES).isGreaterThan(2 * OFF_HEAP_BYTES);
        Path out = dir.resolve("ae-small.onnx");
        Path log = dir.resolve("child.log");

        Process child = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + (HEAP_BYTES >> 20) + "m",
                "-Dorg.bytedeco.javacpp.maxbytes=" + OFF_HEAP_BYTES,
                // physical bytes = the whole process (heap, native libraries, ND4J buffers)
                "-Dorg.bytedeco.javacpp.maxphysicalbytes=" + (768L << 20),
                "-cp", System.getProperty("java.class.path"),
                TrainerMain.class.getName(), "train", "--data", archive.toString(), "--model", "ae-small",
                "--epochs", "1", "--no-progress", "--out", out.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = child.waitFor(4, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly();
        }
        String output = Files.readString(log);

        assertThat(finished).as(output).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("epoch 1/1").doesNotContain("OutOfMemoryError");
        ModelCard card = ModelCardJson.read(ModelCardJson.sidecarOf(out));
        assertThat(card.provenance().trainEvents() + card.provenance().validationEvents()).isEqualTo(EVENTS);
    }
}
