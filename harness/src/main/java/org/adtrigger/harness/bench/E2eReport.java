package org.adtrigger.harness.bench;

import org.adtrigger.core.io.AtomicOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The results of {@code bench e2e} as people read them: the ratios (b)/(a) and (b)/(c), the goals met or
 * not, and the tables — in Markdown for the terminal and {@code e2e.md}, and in JSON ({@code e2e.json}).
 */
final class E2eReport {
    /** Goal: the scoring topology keeps at least this share of the pass-through rate (with ae-small). */
    static final double MIN_SCORING_TO_PASS_THROUGH = 0.70;
    /** Goal: p99 event-to-output latency at half the maximum rate, at most this many ms. */
    static final long MAX_P99_AT_HALF_RATE_MILLIS = 100;
    /** Goal: p50 at half the maximum rate, at most this many ms. */
    static final long MAX_P50_AT_HALF_RATE_MILLIS = 50;
    /** Goal: p99 of every offered rate, at most this many ms. */
    static final long MAX_P99_ANY_STEP_MILLIS = 250;
    /** Goal: records on internal topics (repartition + changelog) per input event, at most this many. */
    static final double MAX_INTERNAL_RECORDS_PER_EVENT = 0.3;
    private static final int HALF_RATE_PERCENT = 50;
    private static final int QUARTER_RATE_PERCENT = 25;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final E2eResults r;

    E2eReport(E2eResults results) {
        this.r = results;
    }

    /** (b) / (a), over the whole runs (start-up included) — what the goal is judged on. */
    double scoringToPassThrough() {
        return r.scoring().eventsPerSecond() / r.passThrough().eventsPerSecond();
    }

    /** (b) / (a) after the first outputs (start-up excluded). */
    double steadyScoringToPassThrough() {
        return r.scoring().steadyEventsPerSecond() / r.passThrough().steadyEventsPerSecond();
    }

    /** (b) / (c): how much of the inference limit the stream reaches. */
    double scoringToRaw() {
        return r.scoring().eventsPerSecond() / r.raw().eventsPerSecond();
    }

    List<Goal> goals() {
        double ratio = scoringToPassThrough();
        Goal throughput = new Goal("e2e (b) ≥ " + percent(MIN_SCORING_TO_PASS_THROUGH) + " of (a) with ae-small",
                String.format(Locale.ROOT, "b/a = %.2f (model %s)", ratio, r.model().split(" ")[0]),
                ratio >= MIN_SCORING_TO_PASS_THROUGH);
        double internal = r.scoring().internalRecordsPerEvent();
        Goal records = new Goal("(b) internal records (repartition + changelog) ≤ " + MAX_INTERNAL_RECORDS_PER_EVENT
                + " per input event", String.format(Locale.ROOT, "%.3f per event", internal),
                internal <= MAX_INTERNAL_RECORDS_PER_EVENT);
        String half = "at half the maximum rate";
        Goal p99 = atStep(HALF_RATE_PERCENT, "p99 ≤ " + MAX_P99_AT_HALF_RATE_MILLIS + " ms " + half,
                s -> "p99 = " + s.p99Millis() + " ms", s -> s.p99Millis() <= MAX_P99_AT_HALF_RATE_MILLIS);
        Goal p50 = atStep(HALF_RATE_PERCENT, "p50 ≤ " + MAX_P50_AT_HALF_RATE_MILLIS + " ms " + half,
                s -> "p50 = " + s.p50Millis() + " ms", s -> s.p50Millis() <= MAX_P50_AT_HALF_RATE_MILLIS);
        long worstP99 = r.steps().stream().mapToLong(LatencyStep::p99Millis).max().orElse(-1);
        Goal everyStep = new Goal("p99 ≤ " + MAX_P99_ANY_STEP_MILLIS + " ms at every offered rate",
                r.steps().isEmpty() ? "no steps" : "worst p99 = " + worstP99 + " ms",
                r.steps().isEmpty() ? null : worstP99 <= MAX_P99_ANY_STEP_MILLIS);
        Goal quarter = r.steps().stream().filter(s -> s.percent() == QUARTER_RATE_PERCENT).findFirst()
                .map(q -> atStep(HALF_RATE_PERCENT, "the 25 % step no slower than the 50 % one (p99)",
                        s -> "p99 " + q.p99Millis() + " ms at 25 % vs " + s.p99Millis() + " ms",
                        s -> q.p99Millis() <= s.p99Millis()))
                .orElse(new Goal("the 25 % step no slower than the 50 % one (p99)", "no 25 % step in --rates", null));
        return List.of(throughput, records, p99, p50, everyStep, quarter);
    }

    private Goal atStep(int percent, String goal, Function<LatencyStep, String> measured, Predicate<LatencyStep> met) {
        return r.steps().stream().filter(s -> s.percent() == percent).findFirst()
                .map(s -> new Goal(goal, measured.apply(s) + " at " + percent + " %", met.test(s)))
                .orElse(new Goal(goal, "no " + percent + " % step in --rates", null));
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("## End-to-end benchmark (`adtrigger bench e2e`)\n\n");
        md.append("- **Date:** ").append(DATE.format(r.date())).append('\n');
        md.append("- **Machine:** ").append(r.machine().cores()).append(" cores (`nproc`), ").append(r.machine().cpuModel())
                .append("; load average (1 / 5 / 15 min) ").append(r.loadAtStart()).append(" at the start, ")
                .append(r.loadAtEnd()).append(" at the end\n");
        md.append("- **JVM:** ").append(r.machine().java()).append('\n');
        md.append("- **Command:** `").append(r.command()).append("`\n");
        md.append("- **Model:** ").append(r.model()).append('\n');
        md.append("- **Events:** ").append(r.events()).append('\n');
        md.append("- **Settings:** ").append(r.settings().entrySet().stream()
                .map(e -> "`" + e.getKey() + "=" + e.getValue() + "`").collect(Collectors.joining(", "))).append("\n\n");

        md.append("### Throughput\n\n");
        md.append("| run | events | time (s) | events/s | first output after (s) | events/s after the first output |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        throughputRow(md, "(a) pass-through: decode + re-encode with the same serdes (Kafka I/O limit)", r.passThrough());
        throughputRow(md, "(b) scoring topology as `run` wires it (what users get)", r.scoring());
        throughputRow(md, "(c) raw ONNX Runtime: decode + selection + RMM + model call, no Kafka (inference limit)", r.raw());
        md.append(String.format(Locale.ROOT, "%nb/a = %.2f (after the first output: %.2f); b/c = %.3f%n%n",
                scoringToPassThrough(), steadyScoringToPassThrough(), scoringToRaw()));

        md.append("### Records written per input event\n\n");
        md.append("Kafka's `record-send-total` producer metric by topic, divided by the input events; internal topics "
                + "(`-repartition`, `-changelog`) without the application id prefix.\n\n");
        md.append("| run | records per input event, by topic | internal (repartition + changelog) |\n| --- | --- | ---: |\n");
        md.append("| (a) | ").append(records(r.passThrough())).append(String.format(Locale.ROOT, " | %.3f |%n",
                r.passThrough().internalRecordsPerEvent()));
        md.append("| (b) | ").append(records(r.scoring())).append(String.format(Locale.ROOT, " | %.3f |%n%n",
                r.scoring().internalRecordsPerEvent()));

        md.append("### Where the time went\n\n");
        md.append("`thread poll/process/punctuate/commit`: Kafka Streams' `*-ratio` stream-thread metrics (rolling 30 s "
                + "window, read when the run ended); the `adtrigger.*` timers and the raw loop's stages: shares of the run's "
                + "wall time.\n\n");
        md.append("| run | shares |\n| --- | --- |\n");
        md.append("| (a) | ").append(shares(r.passThrough())).append(" |\n");
        md.append("| (b) | ").append(shares(r.scoring())).append(" |\n");
        md.append("| (c) | ").append(shares(r.raw())).append(" |\n\n");

        md.append("### Latency of (b): event sent to scored event read (`read_committed`)\n\n");
        md.append(String.format(Locale.ROOT, "Offered rates are shares of (b)'s maximum, %.0f events/s (its rate after the "
                + "first output).%n%n", E2eResults.maximumRate(r.scoring())));
        md.append("| offered | events/s offered | events/s sent | outputs | p50 (ms) | p99 (ms) | p99.9 (ms) | max (ms) "
                + "| JIT compiling (per wall time) |\n");
        md.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (LatencyStep s : r.steps()) {
            md.append(String.format(Locale.ROOT, "| %d %% | %.0f | %.0f | %d | %d | %d | %d | %d | %s |%n", s.percent(),
                    s.offeredRate(), s.sentRate(), s.outputs(), s.p50Millis(), s.p99Millis(), s.p999Millis(), s.maxMillis(),
                    Double.isNaN(s.jitShare()) ? "—" : String.format(Locale.ROOT, "%.0f %%", 100 * s.jitShare())));
        }
        md.append("\n### Goals\n\n| goal | measured | result |\n| --- | --- | --- |\n");
        for (Goal g : goals()) {
            md.append("| ").append(g.goal()).append(" | ").append(g.measured()).append(" | ").append(g.verdict()).append(" |\n");
        }
        return md.toString();
    }

    String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("date", r.date().toString());
        root.put("machine", Map.of("cores", r.machine().cores(), "cpuModel", r.machine().cpuModel(), "java", r.machine().java(),
                "loadAverageAtStart", r.loadAtStart(), "loadAverageAtEnd", r.loadAtEnd()));
        root.put("command", r.command());
        root.put("model", r.model());
        root.put("events", r.events());
        root.put("settings", r.settings());
        Map<String, Object> throughput = new LinkedHashMap<>();
        throughput.put("passThrough", throughputJson(r.passThrough()));
        throughput.put("scoring", throughputJson(r.scoring()));
        throughput.put("raw", throughputJson(r.raw()));
        root.put("throughput", throughput);
        Map<String, Object> ratios = new LinkedHashMap<>();
        ratios.put("scoringToPassThrough", scoringToPassThrough());
        ratios.put("scoringToPassThroughAfterFirstOutput", finiteOrNull(steadyScoringToPassThrough()));
        ratios.put("scoringToRaw", scoringToRaw());
        root.put("ratios", ratios);
        root.put("maximumRate", E2eResults.maximumRate(r.scoring()));
        root.put("latency", r.steps().stream().map(E2eReport::latencyJson).toList());
        List<Map<String, Object>> goals = new ArrayList<>();
        for (Goal g : goals()) {
            Map<String, Object> goal = new LinkedHashMap<>();
            goal.put("goal", g.goal());
            goal.put("measured", g.measured());
            goal.put("met", g.met());
            goals.add(goal);
        }
        root.put("goals", goals);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results as JSON", e);
        }
    }

    /** Writes {@code e2e.md} and {@code e2e.json} into {@code dir}, creating it when needed. */
    void writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            AtomicOutput.writeString(dir.resolve("e2e.md"), markdown());
            AtomicOutput.writeString(dir.resolve("e2e.json"), json());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void throughputRow(StringBuilder md, String what, Throughput t) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.0f | %s | %s |%n", what, t.events(), t.seconds(),
                t.eventsPerSecond(), t.startsUp() ? String.format(Locale.ROOT, "%.2f", t.firstCommitSeconds()) : "—",
                t.startsUp() && !Double.isNaN(t.steadyEventsPerSecond())
                        ? String.format(Locale.ROOT, "%.0f", t.steadyEventsPerSecond()) : "—"));
    }

    private static String shares(Throughput t) {
        return t.timeShares().entrySet().stream().map(e -> e.getKey() + " " + percent(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** By topic name: the metrics arrive in no fixed order, and the report must read the same every time. */
    private static String records(Throughput t) {
        return t.recordsPerEvent().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> String.format(Locale.ROOT, "`%s` %.3f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static Map<String, Object> throughputJson(Throughput t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("events", t.events());
        m.put("seconds", t.seconds());
        m.put("eventsPerSecond", t.eventsPerSecond());
        m.put("firstOutputSeconds", t.startsUp() ? t.firstCommitSeconds() : null);
        m.put("eventsPerSecondAfterFirstOutput", t.startsUp() ? finiteOrNull(t.steadyEventsPerSecond()) : null);
        m.put("timeShares", t.timeShares());
        m.put("recordsPerEvent", t.recordsPerEvent());
        m.put("internalRecordsPerEvent", t.internalRecordsPerEvent());
        return m;
    }

    private static Map<String, Object> latencyJson(LatencyStep s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("percent", s.percent());
        m.put("offeredRate", s.offeredRate());
        m.put("sentRate", s.sentRate());
        m.put("sent", s.sent());
        m.put("outputs", s.outputs());
        m.put("p50Millis", s.p50Millis());
        m.put("p99Millis", s.p99Millis());
        m.put("p999Millis", s.p999Millis());
        m.put("maxMillis", s.maxMillis());
        m.put("jitShare", finiteOrNull(s.jitShare()));
        return m;
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * fraction);
    }
}
