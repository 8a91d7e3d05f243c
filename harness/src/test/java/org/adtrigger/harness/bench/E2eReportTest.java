package org.adtrigger.harness.bench;

import static org.assertj.core.api.Assertions.assertThat;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adtrigger.scoring.machine.MachineInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class E2eReportTest {
    // (a) 20 000 events/s (20 000/s after its first output), (b) 14 000/s (70 000/4.5 = 15 556/s after its
    // first output), (c) 56 000/s
    private static final Throughput PASS_THROUGH = new Throughput(100_000, 5.0, 1.0, 20_000, Map.of("thread commit", 0.3));
    // 1 scored event per input, and 0.3 internal records per input: the goal's boundary
    private static final Throughput SCORING = new Throughput(70_000, 5.0, 0.5, 0, Map.of("thread process", 0.5),
            Map.of("scored-events", 1.0, "window-partials-repartition", 0.3));
    private static final Throughput RAW = new Throughput(70_000, 1.25, 0, 0, Map.of("RMM", 0.5));

    @TempDir
    Path dir;

    @Test
    void ratiosOfTheScoringTopologyToItsTwoLimits() {
        E2eReport report = new E2eReport(results(SCORING, List.of(step(50, 80))));
        assertThat(report.scoringToPassThrough()).isCloseTo(0.70, within());
        assertThat(report.steadyScoringToPassThrough()).isCloseTo(70_000 / 4.5 / 20_000, within());
        assertThat(report.scoringToRaw()).isCloseTo(0.25, within());
    }

    @Test
    void goalsAreMetAtTheirBoundaries() {
        List<Goal> goals = new E2eReport(results(SCORING, List.of(step(25, 100), step(50, 100), step(100, 250)))).goals();
        assertThat(goals).extracting(Goal::met).containsExactly(true, true, true, true, true, true);
        assertThat(goals).extracting(Goal::measured).containsExactly("b/a = 0.70 (model ae-small)", "0.300 per event",
                "p99 = 100 ms at 50 %", "p50 = 50 ms at 50 %", "worst p99 = 250 ms", "p99 100 ms at 25 % vs 100 ms at 50 %");
    }

    @Test
    void goalsAreMissedJustBeyondThem() {
        // b/a = 0.695; 0.301 internal records per event
        Throughput slower = new Throughput(69_500, 5.0, 1.0, 0, Map.of(), Map.of("window-tallies-changelog", 0.301));
        List<Goal> goals = new E2eReport(results(slower, List.of(step(25, 103), step(50, 102), step(100, 251)))).goals();
        assertThat(goals).extracting(Goal::met).containsOnly(false).hasSize(6);
        assertThat(goals).extracting(Goal::verdict).containsOnly("NOT met");
    }

    @Test
    void theLatencyGoalIsNotMeasuredWithoutAHalfRateStep() {
        List<Goal> goals = new E2eReport(results(SCORING, List.of(step(25, 10), step(100, 900)))).goals();
        assertThat(goals.subList(2, 4)).extracting(Goal::met).containsOnlyNulls();
        assertThat(goals.get(2).verdict()).isEqualTo("not measured");
        assertThat(goals.get(5).met()).as("the 25 % step needs a 50 % one to compare with").isNull();
    }

    @Test
    void markdownHoldsTheMachineTheCommandAndEveryTable() {
        String md = new E2eReport(results(SCORING, List.of(step(50, 80)))).markdown();
        assertThat(md).contains("2 cores (`nproc`), Test CPU", "0.50 / 0.40 / 0.30 at the start",
                "`adtrigger bench e2e --events 100000`", "`batch.size=512`",
                "| (a) pass-through", "| 100000 | 5.00 | 20000 | 1.00 | 20000 |",
                "| (c) raw ONNX Runtime", "| — | — |",
                "b/a = 0.70 (after the first output: 0.78); b/c = 0.250",
                "| (a) | thread commit 30 % |", "(b)'s maximum, 15556 events/s",
                "| 50 % | 5000 | 4900 | 1000 | 40 | 80 | 90 | 95 | 4 % |",
                "| p99 ≤ 100 ms at half the maximum rate | p99 = 80 ms at 50 % | met |",
                "| (b) | `scored-events` 1.000, `window-partials-repartition` 0.300 | 0.300 |");
    }

    @Test
    void jsonAndMarkdownFilesGoIntoTheOutputDirectory() throws Exception {
        new E2eReport(results(SCORING, List.of(step(50, 80), step(25, 40)))).writeTo(dir.resolve("out"));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("out/e2e.json").toFile());
        assertThat(json.path("machine").path("cores").asInt()).isEqualTo(2);
        assertThat(json.path("throughput").path("passThrough").path("eventsPerSecond").asDouble()).isEqualTo(20_000.0);
        assertThat(json.path("throughput").path("raw").path("firstOutputSeconds").isNull()).isTrue();
        assertThat(json.path("ratios").path("scoringToRaw").asDouble()).isCloseTo(0.25, within());
        assertThat(json.path("latency").get(0).path("p99Millis").asLong()).isEqualTo(80);
        assertThat(json.path("latency").get(0).path("jitShare").asDouble()).isEqualTo(0.04);
        assertThat(json.path("latency").get(1).path("jitShare").isNull()).as("not measured").isTrue();
        assertThat(json.path("goals").get(2).path("met").asBoolean()).isTrue();
        assertThat(json.path("throughput").path("scoring").path("internalRecordsPerEvent").asDouble()).isEqualTo(0.3);
        assertThat(Files.readString(dir.resolve("out/e2e.md"))).startsWith("## End-to-end benchmark");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    private static LatencyStep step(int percent, long p99) {
        return new LatencyStep(percent, 10_000 * percent / 100.0, 9_800 * percent / 100.0, 100_000, 1_000,
                p99 / 2, p99, p99 + 10, p99 + 15, percent == 25 ? Double.NaN : 0.04);
    }

    private static E2eResults results(Throughput scoring, List<LatencyStep> steps) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("batch.size", "512");
        return new E2eResults(Instant.parse("2026-11-23T20:00:00Z"), new MachineInfo(2, "Test CPU", "17"), "0.50 / 0.40 / 0.30",
                "0.60 / 0.40 / 0.30", "adtrigger bench e2e --events 100000", "ae-small (T4N6655, 529 cells)", "100000 test events",
                settings, PASS_THROUGH, scoring, RAW, steps);
    }
}
