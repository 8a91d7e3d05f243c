package org.adtrigger.scoring.card;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.adtrigger.core.io.AtomicOutput;
import org.adtrigger.core.model.ModelCard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads and writes {@link ModelCard} as JSON (pretty-printed, unknown fields rejected so typos surface). */
public final class ModelCardJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

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
