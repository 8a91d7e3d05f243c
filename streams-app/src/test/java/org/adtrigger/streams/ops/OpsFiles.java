package org.adtrigger.streams.ops;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The deployment and monitoring files of the repository (docker/, ops/), read as the tests need them.
 * Tests run in the streams-app module directory, so the repository root is its parent.
 */
final class OpsFiles {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path DOCKER = ROOT.resolve("docker");
    static final Path COMPOSE = DOCKER.resolve("compose.yaml");
    static final Path COMPOSE_GPU = DOCKER.resolve("compose.gpu.yaml");
    static final Path DOCKERFILE = DOCKER.resolve("Dockerfile");
    static final Path PROMETHEUS_CONFIG = ROOT.resolve("ops/prometheus/prometheus.yml");
    static final Path ALERTS = ROOT.resolve("ops/prometheus/alerts.yml");
    static final Path ALERT_TESTS = ROOT.resolve("ops/prometheus/alerts.test.yml");
    static final Path GRAFANA_DATASOURCES = ROOT.resolve("ops/grafana/provisioning/datasources/prometheus.yml");
    static final Path GRAFANA_DASHBOARD_PROVIDERS = ROOT.resolve("ops/grafana/provisioning/dashboards/adtrigger.yml");
    static final Path GRAFANA_DASHBOARDS = ROOT.resolve("ops/grafana/dashboards");
    static final Path RUNBOOK = ROOT.resolve("ops/RUNBOOK.md");

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpsFiles() {
    }

    /** A YAML file as a JSON tree, anchors and aliases resolved, plain data types only. */
    static JsonNode yaml(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return JSON.valueToTree(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<Path> dashboards() {
        try (Stream<Path> files = Files.list(GRAFANA_DASHBOARDS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Alert name to PromQL expression, in file order. */
    static Map<String, String> alertExpressions() {
        Map<String, String> alerts = new LinkedHashMap<>();
        for (JsonNode group : yaml(ALERTS).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                alerts.put(rule.path("alert").asText(), rule.path("expr").asText());
            }
        }
        return alerts;
    }

    /** Every panel that queries something, in every dashboard, including panels inside collapsed rows. */
    static List<JsonNode> dashboardPanels() {
        List<JsonNode> panels = new ArrayList<>();
        for (Path dashboard : dashboards()) {
            collectPanels(json(dashboard).path("panels"), panels);
        }
        return panels;
    }

    /** "dashboard panel TITLE" to its PromQL expressions. */
    static Map<String, List<String>> dashboardExpressions() {
        Map<String, List<String>> queries = new LinkedHashMap<>();
        for (JsonNode panel : dashboardPanels()) {
            List<String> exprs = new ArrayList<>();
            panel.path("targets").forEach(t -> exprs.add(t.path("expr").asText()));
            queries.put("dashboard panel '" + panel.path("title").asText() + "'", exprs);
        }
        return queries;
    }

    private static void collectPanels(JsonNode panels, List<JsonNode> out) {
        for (JsonNode panel : panels) {
            if (panel.has("targets")) {
                out.add(panel);
            }
            collectPanels(panel.path("panels"), out);
        }
    }
}
