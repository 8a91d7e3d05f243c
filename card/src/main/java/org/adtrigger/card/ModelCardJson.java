package org.adtrigger.card;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.adtrigger.core.io.AtomicOutput;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.rmm.RmmConvention;
import org.adtrigger.core.rmm.RmmOptions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

/** Reads and writes {@link ModelCard} as JSON (pretty-printed, unknown fields rejected so typos surface). */
public final class ModelCardJson {
    // Absent values are left out rather than written as null: a card without expected spectra (an older
    // trainer, or a card edited by hand) is written back byte for byte as it was read.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(module())
            .build();

    /**
     * How a card's values are spelt in JSON, for any mapper that writes a card (a report embedding it): the
     * {@code features} keep the RMM options flat beside the layout, as card files have always had them.
     */
    public static Module module() {
        return new SimpleModule("model-card")
                .addSerializer(ModelCard.Features.class, new JsonSerializer<>() {
                    @Override
                    public void serialize(ModelCard.Features features, JsonGenerator out,
                                          SerializerProvider provider) throws IOException {
                        out.writeObject(FeaturesJson.of(features));
                    }
                })
                .addDeserializer(ModelCard.Features.class, new JsonDeserializer<>() {
                    @Override
                    public ModelCard.Features deserialize(JsonParser in, DeserializationContext context)
                            throws IOException {
                        return in.readValueAs(FeaturesJson.class).features();
                    }
                });
    }

    /**
     * The card's {@code features} as the JSON has always spelt them: the RMM options flat beside the layout.
     *
     * @param metPhi null in cards written before it was recorded, which all used the E_T^miss azimuth
     */
    record FeaturesJson(String rmmLayout, double sqrtS, double c, boolean halfAngle, double metThreshold,
                        String convention, int inputWidth, int[] keptCells, Boolean metPhi) {
        static FeaturesJson of(ModelCard.Features f) {
            RmmOptions o = f.rmm();
            return new FeaturesJson(f.rmmLayout(), o.sqrtS(), o.c(), o.halfAngle(), o.metThreshold(),
                    o.convention().name(), f.inputWidth(), f.keptCells(), o.metPhi());
        }

        ModelCard.Features features() {
            return new ModelCard.Features(rmmLayout, new RmmOptions(sqrtS, c, halfAngle, metThreshold,
                    RmmConvention.valueOf(convention), metPhi == null || metPhi), inputWidth, keptCells);
        }
    }

    private ModelCardJson() {
    }

    public static String toJson(ModelCard card) {
        try {
            return MAPPER.writeValueAsString(card);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write model card " + card.modelId() + " as JSON", e);
        }
    }

    /** Parses a card; the message of the exception names {@code source} and what is wrong. */
    public static ModelCard fromJson(String json, String source) {
        try {
            return MAPPER.readValue(json, ModelCard.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid model card in " + source + ": " + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid model card in " + source + ": " + e.getMessage(), e);
        }
    }

    public static ModelCard read(Path file) {
        try {
            return fromJson(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model card " + file, e);
        }
    }

    public static void write(ModelCard card, Path file) {
        try {
            AtomicOutput.writeString(file, toJson(card));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model card " + file, e);
        }
    }

    /** The sidecar path of a model file: {@code dir/name.onnx} → {@code dir/name.card.json}. */
    public static Path sidecarOf(Path modelFile) {
        String name = modelFile.getFileName().toString();
        String stem = name.endsWith(".onnx") ? name.substring(0, name.length() - 5) : name;
        return modelFile.resolveSibling(stem + ".card.json");
    }
}
