package org.adtrigger.trainer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads the figures the benchmark tabulates from an {@code evaluate} report's metrics.json, the report's public
 * output, so that every method is read the same way whatever produced its score.
 *
 * @param epochs                     epochs the evaluated model was trained for (from its card)
 * @param validationBackgroundEvents background events the report scored (validation split)
 * @param rows                       one per signal, in the report's order
 */
record EvaluationMetrics(int epochs, long validationBackgroundEvents, List<PhysicsRow> rows) {

    static EvaluationMetrics read(Path metricsJson, String method) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(metricsJson.toFile());
        JsonNode provenance = required(root, "provenance", metricsJson);
        long background = 0;
        for (JsonNode archive : required(provenance, "background", metricsJson)) {
            background += required(archive, "selected", metricsJson).asLong();
        }
        int epochs = provenance.path("card").path("provenance").path("epochs").asInt(0);
        List<PhysicsRow> rows = new ArrayList<>();
        for (JsonNode signal : required(root, "signals", metricsJson)) {
            rows.add(row(signal, method, metricsJson));
        }
        return new EvaluationMetrics(epochs, background, rows);
    }

    private static PhysicsRow row(JsonNode signal, String method, Path file) {
        JsonNode score = required(signal, "autoencoder", file);
        List<PhysicsRow.Efficiency> efficiencies = new ArrayList<>();
        for (JsonNode p : required(score, "workingPoints", file)) {
            efficiencies.add(new PhysicsRow.Efficiency(number(p, "backgroundEfficiency", file),
                    number(p, "signalEfficiency", file), number(p, "significanceImprovement", file),
                    required(p, "backgroundEventsAbove", file).asInt(),
                    required(p, "sufficientStatistics", file).asBoolean()));
        }
        List<PhysicsRow.TierSignificance> tiers = new ArrayList<>();
        for (JsonNode t : required(signal, "tiers", file)) {
            JsonNode yield = required(t, "yield", file);
            tiers.add(new PhysicsRow.TierSignificance(required(t, "tier", file).asInt(),
                    number(required(yield, "signal", file), "sumW", file),
                    number(required(yield, "background", file), "sumW", file),
                    number(required(yield, "simple", file), "z", file),
                    number(required(yield, "asimov", file), "z", file)));
        }
        return new PhysicsRow(required(signal, "sample", file).asText(), method, number(score, "auc", file),
                efficiencies, tiers);
    }

    /** A number, NaN where the report wrote null (an undefined quantity). */
    private static double number(JsonNode node, String field, Path file) {
        JsonNode value = required(node, field, file);
        return value.isNull() ? Double.NaN : value.asDouble();
    }

    private static JsonNode required(JsonNode node, String field, Path file) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new IllegalStateException(file + ": no field '" + field + "' where the benchmark expects it");
        }
        return value;
    }
}
