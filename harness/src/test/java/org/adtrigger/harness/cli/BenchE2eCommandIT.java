package org.adtrigger.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.adtrigger.testsupport.onnx.TestModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench e2e} end to end, small: the real embedded broker, topologies and ONNX Runtime. */
class BenchE2eCommandIT {
    private static final int EVENTS = 3_000;

    @TempDir
    Path dir;

    @Test
    void measuresAllThreeRunsAndTheLatencyStepsAndWritesTheReport() throws Exception {
        Path model = TestModelFiles.servable(dir);
        Path out = dir.resolve("report");
        CommandRun run = CommandRun.of("bench", "e2e", "--model", model.toString(), "--events", Integer.toString(EVENTS),
                "--jit-warmup", "1s", "--rates", "50,100", "--step-duration", "2s", "--warmup", "1s", "--out", out.toString(),
                "--set", "topic.partitions=2");

        assertThat(run.exitCode).as(run.err.toString()).isZero();
        assertThat(run.out.toString()).contains("(a) pass-through", "(b) scoring topology", "(c) raw ONNX Runtime",
                "### Goals", "report written to " + out.resolve("e2e.md"));
        // 1 s allows one warm-up round of (a) and (b), then the timed runs report the JIT's share of their time
        assertThat(run.out.toString()).contains("JIT warm-up round 1:").doesNotContain("JIT warm-up round 2:");
        // the latency warm-up: at least 1 s, in slices of 1 s
        assertThat(run.out.toString()).containsPattern("warm-up: \\d+ s at 50 %, JIT compiling \\d+ % of its last 1 s");

        JsonNode json = new ObjectMapper().readTree(out.resolve("e2e.json").toFile());
        assertThat(json.path("command").asText()).isEqualTo("adtrigger bench e2e --model " + model + " --events 3000 "
                + "--jit-warmup 1s --rates 50,100 --step-duration 2s --warmup 1s --out " + out + " --set topic.partitions=2");
        assertThat(json.path("settings").path("topic.partitions").asText()).isEqualTo("2");
        for (String part : new String[] {"passThrough", "scoring", "raw"}) {
            JsonNode t = json.path("throughput").path(part);
            assertThat(t.path("events").asLong()).as(part).isEqualTo(EVENTS);
            assertThat(t.path("eventsPerSecond").asDouble()).as(part).isPositive();
        }
        for (String part : new String[] {"passThrough", "scoring"}) {
            JsonNode jit = json.path("throughput").path(part).path("timeShares").path("JIT compiling (per wall time)");
            assertThat(jit.isNumber()).as(part + " reports the JIT's share").isTrue();
            assertThat(jit.asDouble()).as(part).isNotNegative();
        }
        JsonNode steps = json.path("latency");
        assertThat(steps).hasSize(2);
        for (JsonNode step : steps) {
            // the test model selects every event: each one sent comes out scored, and is timed; none of the
            // warm-up's, whose latencies are measured too but dropped
            assertThat(step.path("outputs").asLong()).isEqualTo(step.path("sent").asLong()).isPositive();
            assertThat(step.path("jitShare").asDouble()).isNotNegative();
            assertThat(step.path("p50Millis").asLong()).isNotNegative()
                    .isLessThanOrEqualTo(step.path("p99Millis").asLong());
            assertThat(step.path("p99Millis").asLong()).isLessThanOrEqualTo(step.path("p999Millis").asLong());
            assertThat(step.path("p999Millis").asLong()).isLessThanOrEqualTo(step.path("maxMillis").asLong());
        }
        // 100 % of the maximum, up to the rounding of maximum × 100 / 100
        assertThat(steps.get(1).path("offeredRate").asDouble()).isCloseTo(json.path("maximumRate").asDouble(), within(1e-6));
        assertThat(json.path("goals")).hasSize(6);
        JsonNode records = json.path("throughput").path("scoring").path("recordsPerEvent");
        assertThat(records.path("scored-events").asDouble()).as("one scored event per selected input").isPositive();
        assertThat(records.has("window-partials-repartition")).as("the windows' one internal topic is counted").isTrue();
    }

    @Test
    void benchWithoutABenchmarkIsAUsageError() {
        CommandRun run = CommandRun.of("bench");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString()).contains("a benchmark is required (e2e, soak)");
    }

    @Test
    void refusesRatesOutsideTheRangeBeforeStartingAnything() {
        Path model = TestModelFiles.servable(dir);
        CommandRun run = CommandRun.of("bench", "e2e", "--model", model.toString(), "--rates", "50,0");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err.toString()).contains("--rates: each percentage must be in 1..200, got 0");
    }
}
