package org.adtrigger.trainer.evaluate;

import org.adtrigger.core.io.AtomicOutput;
import org.adtrigger.card.ModelCardJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Writes a report's numbers as {@code metrics.json}: provenance, the card's thresholds, the background by
 * process and every signal's figures.
 *
 * <p>Undefined numbers (Z with b ≤ 0, the −∞ "cut" of tier 0) are written as {@code null}: JSON has no
 * NaN or infinity, and Jackson would otherwise emit the bare tokens, which strict parsers reject.
 */
public final class MetricsJson {
    public static final String FILE = "metrics.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(finiteOrNull())
            .addModule(ModelCardJson.module())
            .build();

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

    /** Writes any value as indented JSON, non-finite numbers as {@code null}. */
    public static void writeValue(Path file, Object value) throws IOException {
        AtomicOutput.write(file, MAPPER.writeValueAsBytes(value));
    }

    private static SimpleModule finiteOrNull() {
        JsonSerializer<Double> number = new JsonSerializer<>() {
            @Override
            public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
                writeFinite(value, out);
            }
        };
        JsonSerializer<double[]> array = new JsonSerializer<>() {
            @Override
            public void serialize(double[] values, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeStartArray();
                for (double v : values) {
                    writeFinite(v, out);
                }
                out.writeEndArray();
            }
        };
        return new SimpleModule("finite-or-null")
                .addSerializer(Double.class, number)
                .addSerializer(Double.TYPE, number)
                .addSerializer(double[].class, array);
    }

    private static void writeFinite(double value, JsonGenerator out) throws IOException {
        if (Double.isFinite(value)) {
            out.writeNumber(value);
        } else {
            out.writeNull();
        }
    }
}
