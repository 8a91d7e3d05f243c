package org.adtrigger.trainer.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.rmm.RmmOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report directory: every file is written, the JSON is strict JSON, the PNGs are PNGs, the HTML links them. */
class ReportWriterTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    @Test
    void writesEveryFileWithValidContent() throws IOException {
        Random random = new Random(5);
        ScoredEvents background = new ScoredEvents();
        for (int i = 0; i < 2000; i++) {
            background.add(i % 3 == 0 ? "ttbar" : "zee", i % 3 == 0 ? 0.5 : 4.0,
                    Math.exp(random.nextGaussian() - 6), 40 * random.nextDouble());
        }
        ScoredEvents signals = new ScoredEvents();
        for (int i = 0; i < 300; i++) {
            signals.add("zprime2000", 0.01, Math.exp(random.nextGaussian() - 3), 300 * random.nextDouble());
            // far above every background score: tier 3 keeps signal and no background, so Z is undefined there
            signals.add("exotic/odd name", 0.02, 1.0 + random.nextDouble(), 50);
        }
        double[] cuts = {0.003, 0.004, 0.9};
        ModelCard card = card(cuts);
        Evaluation evaluation = Evaluation.of(background, signals, card);
        ReportContext context = new ReportContext("m.onnx", "ab".repeat(32), card,
                List.of("evaluate", "--model", "m.onnx"), "2025-01-01T00:00:00Z", "test", 10000, 10000, 0.2,
                List.of(), List.of(), 1.0);

        List<Path> written = ReportWriter.write(dir.resolve("report"), context, evaluation, background, signals);

        Path report = dir.resolve("report");
        assertThat(written).containsExactlyInAnyOrder(report.resolve("metrics.json"),
                report.resolve("score-distribution.png"), report.resolve("roc-zprime2000.png"),
                report.resolve("significance-met-zprime2000.png"), report.resolve("roc-exotic_odd_name.png"),
                report.resolve("significance-met-exotic_odd_name.png"), report.resolve("index.html"));
        for (Path png : written.stream().filter(p -> p.toString().endsWith(".png")).toList()) {
            byte[] bytes = Files.readAllBytes(png);
            assertThat(bytes.length).as(png.toString()).isGreaterThan(1000);
            assertThat(Arrays.copyOf(bytes, 8)).as(png.toString()).isEqualTo(PNG_MAGIC);
        }

        // strict parsing: a NaN or Infinity token would fail here
        JsonNode json = JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
                .readTree(report.resolve("metrics.json").toFile());
        assertThat(json.get("modelId").asText()).isEqualTo("test-model");
        assertThat(json.get("signals")).hasSize(2);
        JsonNode exotic = json.get("signals").get(1);
        assertThat(exotic.get("sample").asText()).isEqualTo("exotic/odd name");
        assertThat(exotic.get("tiers").get(3).get("yield").get("simple").get("z").isNull()).isTrue();
        assertThat(exotic.get("tiers").get(0).get("scoreCut").isNull()).isTrue();
        assertThat(exotic.get("autoencoder").get("auc").asDouble()).isEqualTo(1.0);
        assertThat(json.get("thresholds").get("tierCuts").get(2).asDouble()).isEqualTo(0.9);
        assertThat(json.get("provenance").get("commandLine").get(0).asText()).isEqualTo("evaluate");

        String html = Files.readString(report.resolve("index.html"));
        for (Path file : written) {
            if (file.toString().endsWith(".png")) {
                assertThat(html).contains("<img src=\"" + file.getFileName() + "\"");
            }
        }
        assertThat(html).contains("exotic/odd name", "Asimov Z", "pb⁻¹").doesNotContain("<script");
    }

    private static ModelCard card(double[] cuts) {
        return card(cuts, "ae-small");
    }

    static ModelCard card(double[] cuts, String architecture) {
        ModelCard.Features features = new ModelCard.Features("T4N6655", RmmOptions.DEFAULTS, 529,
                new int[] {0, 1});
        ModelCard.Thresholds thresholds = new ModelCard.Thresholds("SCORE", 0.0025, cuts,
                new double[] {1.0, 0.3, 0.2, 0.1}, List.of(new ModelCard.WorkingPoint(1e-2, 0.01, 0.01)), List.of());
        ModelCard.Provenance provenance = new ModelCard.Provenance(List.of(), 1, 2, 0.1, 0.1, 100, 20, 10000,
                "2025-01-01T00:00:00Z", "test");
        return new ModelCard(ModelCard.SCHEMA_VERSION, "test-model", features, "none", architecture, "MIN_MAX",
                new ModelCard.Score("MSE", false, "score"), thresholds, provenance);
    }
}
