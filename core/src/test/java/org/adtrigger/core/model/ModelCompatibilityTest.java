package org.adtrigger.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.adtrigger.core.rmm.RmmOptions;
import org.junit.jupiter.api.Test;

class ModelCompatibilityTest {

    static ModelCard card(String layout, int width, int schemaVersion) {
        return new ModelCard(schemaVersion, "ae-small-test",
                new ModelCard.Features(layout, RmmOptions.DEFAULTS, width, new int[] {0, 1, 24}),
                "thesis-3lep", "ae-small 529-150-529 relu", "MIN_MAX",
                new ModelCard.Score("MSE", false, "score"),
                new ModelCard.Thresholds("SCORE", 1.0e-4, new double[] {1.2e-4, 1.4e-4, 1.6e-4},
                        new double[] {1.0, 0.31, 0.22, 0.15},
                        List.of(new ModelCard.WorkingPoint(1e-2, 9e-4, 0.0101)),
                        List.of(new ModelCard.WorkingPoint(1.0, 2e-3, 0.0001))),
                new ModelCard.Provenance(List.of(new ModelCard.Archive("bkg.avro", "ab12", 1000)), 7, 12,
                        0.01, 0.011, 800, 200, 10_000, "2026-11-23T19:00:00Z", "0.1.0"));
    }

    @Test
    void compatibleCardHasNoProblems() {
        assertThat(ModelCompatibility.problems(card("T4N6655", 529, ModelCard.SCHEMA_VERSION), 529, null)).isEmpty();
        assertThat(ModelCompatibility.problems(card("T4N6655", 529, ModelCard.SCHEMA_VERSION), 529, "T4N6655")).isEmpty();
    }

    @Test
    void eachMismatchIsNamed() {
        assertThat(ModelCompatibility.problems(card("T4N6655", 529, 99), 529, null))
                .singleElement().asString().startsWith("schema version");
        assertThat(ModelCompatibility.problems(card("T4N6655", 529, 1), 529, "T5N10"))
                .singleElement().asString().contains("model uses T4N6655").contains("requires T5N10");
        assertThat(ModelCompatibility.problems(card("T4N6655", 2601, 1), 2601, null))
                .singleElement().asString().contains("RMM T4N6655 has 529");
        assertThat(ModelCompatibility.problems(card("T4N6655", 529, 1), 2601, null))
                .singleElement().asString().contains("ONNX graph takes 2601");
        assertThat(ModelCompatibility.problems(card("T9N9", 529, 1), 529, null))
                .singleElement().asString().startsWith("RMM preset");
    }
}
