package org.adtrigger.card;

import java.io.IOException;
import org.adtrigger.core.io.AtomicOutput;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Writes a report's values as indented JSON, atomically. Undefined numbers (Z with b ≤ 0, a −∞ cut) are
 * written as {@code null}: JSON has no NaN or infinity, and Jackson would otherwise emit the bare tokens,
 * which strict parsers reject. A model card inside a report keeps the card file's field names
 * ({@link ModelCardJson#module()}). Shared by the trainer's reports and the stream's read-back report.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(finiteOrNull())
            .addModule(ModelCardJson.module())
            .build();

    private ReportJson() {
    }

    /** Writes any value as indented JSON, non-finite numbers as {@code null}. */
    public static void write(Path file, Object value) throws IOException {
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
