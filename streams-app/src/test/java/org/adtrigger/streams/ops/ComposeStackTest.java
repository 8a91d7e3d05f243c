package org.adtrigger.streams.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.streams.http.HttpSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker/compose.yaml (and the GPU override) without a Docker engine: it parses, every image is pinned,
 * every mounted file exists and ops/ is mounted read-only, Kafka runs KRaft with a healthcheck, and ports
 * and topics are the app's own defaults, read from its code rather than repeated here. Grafana's
 * provisioned data source uid is the one every dashboard panel names.
 */
class ComposeStackTest {
    private static final int APP_PORT = HttpSettings.DEFAULTS.port();
    private static final int KAFKA_PORT =
            Integer.parseInt(ConfigKey.BOOTSTRAP_SERVERS.defaultValue().replaceAll(".*:", ""));
    private static final String BOOTSTRAP = "kafka:" + KAFKA_PORT;
    private static final Pattern KAFKA_VERSION = Pattern.compile("<kafka\\.version>([^<]+)</kafka\\.version>");

    private static JsonNode compose;
    private static JsonNode services;

    @BeforeAll
    static void parse() {
        compose = OpsFiles.yaml(OpsFiles.COMPOSE);
        services = compose.path("services");
    }

    @Test
    void hasTheWholeStack() {
        assertThat(names(services)).contains("kafka", "kafka-topics", "model", "streams-app", "replay",
                "prometheus", "grafana");
    }

    @Test
    void everyImageIsPinnedAndKafkaMatchesTheClientVersion() throws Exception {
        for (JsonNode file : List.of(compose, OpsFiles.yaml(OpsFiles.COMPOSE_GPU))) {
            file.path("services").fields().forEachRemaining(service -> {
                String image = service.getValue().path("image").asText();
                assertThat(ImageReference.pinned(image)).as("image of " + service.getKey() + ": '" + image + "'")
                        .isPresent();
            });
        }
        Matcher version = KAFKA_VERSION.matcher(Files.readString(OpsFiles.ROOT.resolve("pom.xml")));
        assertThat(version.find()).as("kafka.version in the parent pom").isTrue();
        assertThat(ImageReference.pinned(services.path("kafka").path("image").asText()))
                .contains(new ImageReference("apache/kafka", version.group(1)));
    }

    @Test
    void mountedFilesExistAndOpsIsReadOnly() throws Exception {
        Set<String> declaredVolumes = names(compose.path("volumes"));
        int opsMounts = 0;
        for (JsonNode file : List.of(compose, OpsFiles.yaml(OpsFiles.COMPOSE_GPU))) {
            for (Map.Entry<String, JsonNode> service : entries(file.path("services"))) {
                for (JsonNode volume : service.getValue().path("volumes")) {
                    String[] parts = volume.asText().split(":");
                    String what = service.getKey() + " mounts " + volume.asText();
                    if (!parts[0].startsWith(".") && !parts[0].startsWith("/")) {
                        assertThat(declaredVolumes).as(what + ": named volume declared").contains(parts[0]);
                        continue;
                    }
                    Path source = OpsFiles.DOCKER.resolve(parts[0]).normalize();
                    assertThat(Files.exists(source)).as(what + ": " + source + " exists").isTrue();
                    if (source.startsWith(OpsFiles.ROOT.resolve("ops"))) {
                        opsMounts++;
                        assertThat(parts).as(what + ": ops/ read-only").hasSize(3).endsWith("ro");
                    }
                }
                JsonNode build = service.getValue().path("build");
                if (!build.isMissingNode()) {
                    Path context = OpsFiles.DOCKER.resolve(build.path("context").asText()).normalize();
                    Path dockerfile = context.resolve(build.path("dockerfile").asText());
                    assertThat(dockerfile).as(service.getKey() + " build file").isRegularFile();
                    assertThat(ParsedDockerfile.parse(dockerfile).hasStage(build.path("target").asText()))
                            .as(service.getKey() + " build target " + build.path("target")).isTrue();
                }
            }
        }
        assertThat(opsMounts).as("mounts of ops/").isGreaterThanOrEqualTo(3);
    }

    @Test
    void kafkaRunsKraftWithAHealthcheckOnTheAppsDefaultPort() {
        JsonNode kafka = services.path("kafka");
        JsonNode env = kafka.path("environment");
        assertThat(env.path("KAFKA_PROCESS_ROLES").asText().split(",")).containsExactlyInAnyOrder("broker", "controller");
        assertThat(env.path("KAFKA_ADVERTISED_LISTENERS").asText()).contains("://" + BOOTSTRAP);
        assertThat(kafka.path("healthcheck").path("test").size()).as("Kafka healthcheck").isPositive();
        assertThat(kafka.path("healthcheck").path("test").toString()).contains(BOOTSTRAP);
    }

    @Test
    void everyClientBootstrapsFromTheInternalListener() {
        List<String> bootstraps = new ArrayList<>();
        for (Map.Entry<String, JsonNode> service : entries(services)) {
            List<String> command = strings(service.getValue().path("command"));
            for (int i = 0; i + 1 < command.size(); i++) {
                if (command.get(i).equals("--bootstrap")) {
                    bootstraps.add(command.get(i + 1));
                }
            }
        }
        bootstraps.add(strings(services.path("kafka-topics").path("command")).get(0));
        assertThat(bootstraps).hasSizeGreaterThanOrEqualTo(3).containsOnly(BOOTSTRAP);
    }

    @Test
    void topicsAreTheAppsDefaults() {
        Map<String, Integer> expected = TriggerConfig.defaults().topicsToCreate();
        List<String> command = strings(services.path("kafka-topics").path("command"));
        assertThat(command.subList(2, command.size())).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(expected.values()).containsOnly(Integer.parseInt(command.get(1)));
        assertThat(strings(services.path("kafka-topics").path("volumes")))
                .anySatisfy(v -> assertThat(v).startsWith("./create-topics.sh:"));

        List<String> replay = strings(services.path("replay").path("command"));
        assertThat(replay.get(replay.indexOf("--topic") + 1)).isEqualTo(TriggerConfig.defaults().eventsTopic());
    }

    @Test
    void streamsAppServesMetricsOnTheDefaultPortToPrometheus() {
        JsonNode app = services.path("streams-app");
        List<String> command = strings(app.path("command"));
        assertThat(command.get(command.indexOf("--http-port") + 1)).isEqualTo(Integer.toString(APP_PORT));
        assertThat(command.get(command.indexOf("--http-address") + 1)).as("reachable from other containers")
                .isEqualTo("0.0.0.0");
        assertThat(strings(app.path("ports"))).contains(APP_PORT + ":" + APP_PORT);
        assertThat(app.path("healthcheck").path("test").toString()).contains("/" + APP_PORT, "/readyz");

        JsonNode scrape = OpsFiles.yaml(OpsFiles.PROMETHEUS_CONFIG).path("scrape_configs").get(0);
        assertThat(scrape.path("job_name").asText()).as("job the alerts select").isEqualTo("adtrigger");
        assertThat(strings(scrape.path("static_configs").get(0).path("targets")))
                .containsExactly("streams-app:" + APP_PORT);
        assertThat(OpsFiles.alertExpressions().values()).anySatisfy(e -> assertThat(e).contains("job=\"adtrigger\""));
    }

    @Test
    void gpuOverrideRunsTheCudaImageOnAReservedGpu() {
        JsonNode app = OpsFiles.yaml(OpsFiles.COMPOSE_GPU).path("services").path("streams-app");
        assertThat(app.path("build").path("target").asText()).isEqualTo("streams-app-gpu");
        List<String> command = strings(app.path("command"));
        assertThat(command.get(command.indexOf("--device") + 1)).isEqualTo("cuda");
        assertThat(command).containsSubsequence("--http-port", Integer.toString(APP_PORT));
        assertThat(app.path("deploy").path("resources").path("reservations").path("devices").toString())
                .contains("nvidia", "gpu");
    }

    @Test
    void grafanaDatasourceUidIsPinnedAndEveryPanelUsesIt() {
        JsonNode datasource = OpsFiles.yaml(OpsFiles.GRAFANA_DATASOURCES).path("datasources").get(0);
        String uid = datasource.path("uid").asText();
        assertThat(uid).as("provisioned data source uid").isNotBlank();
        assertThat(datasource.path("url").asText()).isEqualTo("http://prometheus:9090");
        assertThat(strings(services.path("prometheus").path("ports"))).contains("9090:9090");

        assertThat(OpsFiles.dashboards()).isNotEmpty();
        for (Path dashboard : OpsFiles.dashboards()) {
            assertThat(OpsFiles.json(dashboard).path("uid").asText()).as("uid of " + dashboard).isNotBlank();
        }
        List<JsonNode> panels = OpsFiles.dashboardPanels();
        assertThat(panels).isNotEmpty().allSatisfy(panel -> {
            String title = panel.path("title").asText();
            assertThat(panel.path("datasource").path("uid").asText()).as("data source of " + title).isEqualTo(uid);
            panel.path("targets").forEach(t ->
                    assertThat(t.path("datasource").path("uid").asText()).as("target of " + title).isEqualTo(uid));
        });

        String dashboardsPath = OpsFiles.yaml(OpsFiles.GRAFANA_DASHBOARD_PROVIDERS).path("providers").get(0)
                .path("options").path("path").asText();
        assertThat(strings(services.path("grafana").path("volumes")))
                .contains("../ops/grafana/dashboards:" + dashboardsPath + ":ro",
                        "../ops/grafana/provisioning:/etc/grafana/provisioning:ro");
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Map.Entry<String, JsonNode>> entries(JsonNode object) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        object.fields().forEachRemaining(entries::add);
        return entries;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
