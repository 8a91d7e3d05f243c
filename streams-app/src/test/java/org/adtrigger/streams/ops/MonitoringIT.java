package org.adtrigger.streams.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.adtrigger.probe.PrometheusText;
import org.adtrigger.streams.testsupport.ScoredApp;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitoring files against a running app (embedded broker, a model, good events and a poison record):
 * every metric an alert rule or a dashboard panel queries is one the app exports, and a real Prometheus
 * server scrapes the app, answers queries on its series, evaluates every alert rule without error and
 * accepts every dashboard query.
 */
class MonitoringIT {
    /** Series Prometheus itself adds for every target; no app exports them. */
    private static final Set<String> ADDED_BY_PROMETHEUS = Set.of("up");
    /** Grafana replaces this by a range of a few scrape intervals. */
    private static final String RATE_INTERVAL = "$__rate_interval";
    private static final String JOB = "adtrigger";

    private static ScoredApp app;

    @BeforeAll
    static void startApp() throws Exception {
        app = ScoredApp.start("monitoring-it");
    }

    @AfterAll
    static void stopApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyMetricTheAlertsAndDashboardsQueryIsOneTheAppExports() throws Exception {
        Set<String> exported = app.scrape().samples().stream().map(PrometheusText.Sample::name).collect(Collectors.toSet());
        Map<String, Set<String>> queried = queriedMetrics();
        assertThat(queried.values().stream().flatMap(Set::stream)).as("sanity: the parser finds the metrics")
                .contains("adtrigger_inference_latency_seconds_bucket", "kafka_stream_client_state",
                        "kafka_consumer_fetch_manager_records_lag_max", "adtrigger_window_z", "adtrigger_window_score");

        Map<String, Set<String>> missing = new LinkedHashMap<>();
        queried.forEach((source, names) -> {
            Set<String> absent = new TreeSet<>(names);
            absent.removeAll(exported);
            absent.removeAll(ADDED_BY_PROMETHEUS);
            if (!absent.isEmpty()) {
                missing.put(source, absent);
            }
        });
        assertThat(missing).as("metrics queried but absent from a scrape of the running app").isEmpty();
    }

    @Test
    void prometheusScrapesTheAppAndEvaluatesEveryRuleAndPanelQuery(@TempDir Path prometheusDir) throws Exception {
        Path binary = PrometheusBinaries.require("prometheus");
        try (PrometheusServer prometheus = PrometheusServer.start(binary, prometheusDir, JOB,
                "127.0.0.1:" + app.app().port(), List.of(OpsFiles.ALERTS))) {
            assertThat(value(awaitSeries(prometheus, "adtrigger_events_received_total"))).isEqualTo(ScoredApp.SENT);
            assertThat(value(awaitSeries(prometheus, "up{job=\"" + JOB + "\"}"))).isEqualTo(1);
            assertThat(value(awaitSeries(prometheus, "kafka_stream_client_state")))
                    .as("the StreamNotRunning alert's RUNNING value").isEqualTo(KafkaStreams.State.RUNNING.ordinal());

            for (List<String> expressions : OpsFiles.dashboardExpressions().values()) {
                for (String expression : expressions) {
                    JsonNode answer = prometheus.query(expression.replace(RATE_INTERVAL, "1m"));
                    assertThat(answer.path("status").asText()).as(expression + " -> " + answer).isEqualTo("success");
                }
            }
            awaitEveryRuleEvaluatedHealthy(prometheus);
        }
    }

    /** Source ("alert X", "dashboard panel 'Y'") to the metric names its expressions read. */
    private static Map<String, Set<String>> queriedMetrics() {
        Map<String, Set<String>> queried = new LinkedHashMap<>();
        OpsFiles.alertExpressions().forEach((alert, expr) -> queried.put("alert " + alert, PromQlMetricNames.of(expr)));
        OpsFiles.dashboardExpressions().forEach((panel, exprs) -> queried.put(panel,
                exprs.stream().flatMap(e -> PromQlMetricNames.of(e).stream()).collect(Collectors.toCollection(TreeSet::new))));
        return queried;
    }

    /** Polls an instant query until it returns a sample (the first scrape takes a second or two). */
    private static JsonNode awaitSeries(PrometheusServer prometheus, String promql) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            JsonNode answer = prometheus.query(promql);
            if (!answer.path("data").path("result").isEmpty()) {
                return answer;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no sample of " + promql + " after 30 s: " + answer + "\n" + prometheus.log());
            }
            Thread.sleep(200);
        }
    }

    private static double value(JsonNode answer) {
        return answer.path("data").path("result").get(0).path("value").get(1).asDouble();
    }

    private static void awaitEveryRuleEvaluatedHealthy(PrometheusServer prometheus) throws Exception {
        int alerts = OpsFiles.alertExpressions().size();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            JsonNode answer = prometheus.rules();
            List<JsonNode> rules = answer.path("data").path("groups").findValues("rules").stream()
                    .flatMap(r -> r.valueStream()).toList();
            boolean evaluated = rules.size() == alerts
                    && rules.stream().noneMatch(r -> r.path("lastEvaluation").asText().startsWith("0001-"));
            if (evaluated) {
                assertThat(rules).allSatisfy(r -> assertThat(r.path("health").asText())
                        .as(r.path("name").asText() + ": " + r.path("lastError").asText()).isEqualTo("ok"));
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("rules not all evaluated after 30 s: " + answer);
            }
            Thread.sleep(200);
        }
    }
}
