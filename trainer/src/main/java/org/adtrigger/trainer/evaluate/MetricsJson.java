package org.adtrigger.trainer.evaluate;

import org.adtrigger.card.ReportJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a report's numbers as {@code metrics.json}: provenance, the card's thresholds, the background by
 * process and every signal's figures. Undefined numbers are written as {@code null} ({@link ReportJson}).
 */
public final class MetricsJson {
    public static final String FILE = "metrics.json";

    private MetricsJson() {
    }

    public static void write(Path file, ReportContext context, Evaluation evaluation) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("modelId", context.card().modelId());
        root.put("provenance", context);
        root.put("thresholds", context.card().thresholds());
        root.put("discriminants", Map.of("autoencoder", Discriminant.AE_SCORE.label(),
                "metBaseline", Discriminant.MET.label() + " (GeV)"));
        root.put("units", "yields (signal, background: sumW, sumW2) in expected events at provenance.luminosityPb; "
                + "efficiencies are weighted fractions; E_T^miss cuts in GeV");
        root.put("background", evaluation.background());
        root.put("signals", evaluation.signals());
        writeValue(file, root);
    }

    /** Writes any value as indented JSON, non-finite numbers as {@code null} ({@link ReportJson}). */
    public static void writeValue(Path file, Object value) throws IOException {
        ReportJson.write(file, value);
    }
}
