package org.adtrigger.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.adtrigger.core.model.ExpectedSpectraBuilder;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.rmm.RmmOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The card's JSON: every field round-trips, older cards still load, typos are refused. */
class ModelCardJsonTest {

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
    void jsonRoundTripKeepsEveryField() {
        ModelCard original = card("T4N6655", 529, ModelCard.SCHEMA_VERSION);
        ModelCard back = ModelCardJson.fromJson(ModelCardJson.toJson(original), "test");
        assertThat(back).usingRecursiveComparison().isEqualTo(original);
    }

    @Test
    void aModelTrainedWithoutMetPhiSaysSoAndBuildsTheRmmWithoutIt() {
        ModelCard.Features f = new ModelCard.Features("T4N6655", RmmOptions.DEFAULTS.withMetPhi(false), 529,
                new int[] {0});
        String json = ModelCardJson.toJson(new ModelCard(1, "m", f, "none", "a", "NONE",
                card("T4N6655", 529, 1).score(), card("T4N6655", 529, 1).thresholds(), null));
        assertThat(json).contains("\"metPhi\" : false");
        ModelCard.Features back = ModelCardJson.fromJson(json, "test").features();
        assertThat(back.usesMetPhi()).isFalse();
        assertThat(back.newRmmBuilder().options().metPhi()).isFalse();
        assertThat(back.metPhiNote()).get().asString().contains("m_T cells [0][i] are 0 for every event");
        // cards written before the field existed all used φ
        String old = json.replace("\"metPhi\" : false", "\"metPhi\" : null");
        assertThat(ModelCardJson.fromJson(old, "old").features().usesMetPhi()).isTrue();
        assertThat(card("T4N6655", 529, 1).features().metPhiNote()).isEmpty();
    }

    @Test
    void aCardFileWrittenBeforeFeaturesHeldRmmOptionsLoadsAndIsWrittenBackByteForByte() throws IOException {
        // met.card.json as `adtrigger train --model met` wrote it before the card held RmmOptions itself
        String old;
        try (var in = ModelCardJsonTest.class.getResourceAsStream("/cards/met-written-before-rmm-options.card.json")) {
            old = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        ModelCard card = ModelCardJson.fromJson(old, "met.card.json");

        assertThat(card.features().rmm()).isEqualTo(RmmOptions.DEFAULTS.withMetThreshold(0.0));
        assertThat(card.features().rmmLayout()).isEqualTo("T4N6655");
        assertThat(card.features().inputWidth()).isEqualTo(529);
        assertThat(ModelCardJson.toJson(card)).isEqualTo(old.strip());
    }

    @Test
    void theQuantileTableRoundTripsAndACardWrittenBeforeItStillLoads() {
        ModelCard plain = card("T4N6655", 529, ModelCard.SCHEMA_VERSION);
        ModelCard.Thresholds t = plain.thresholds();
        ModelCard withTable = new ModelCard(plain.schemaVersion(), plain.modelId(), plain.features(), plain.selection(),
                plain.architecture(), plain.scaler(), plain.score(), new ModelCard.Thresholds(t.space(), t.median(),
                t.tierCuts(), t.tierPassFractions(), t.efficiencyPoints(), t.crossSectionPoints(),
                new ModelCard.BackgroundQuantiles(200, 180.5, 12.5, List.of(new ModelCard.QuantileRow(0.5, 1e-4, 100)))),
                plain.provenance());
        assertThat(ModelCardJson.fromJson(ModelCardJson.toJson(withTable), "t")).usingRecursiveComparison().isEqualTo(withTable);

        String old = ModelCardJson.toJson(plain).replaceAll(",\\s*\"backgroundQuantiles\" : null", "");
        assertThat(old).doesNotContain("backgroundQuantiles");
        assertThat(ModelCardJson.fromJson(old, "old").thresholds().backgroundQuantiles()).isNull();
    }

    @Test
    void sidecarFileRoundTrip(@TempDir Path dir) {
        Path model = dir.resolve("m.onnx");
        assertThat(ModelCardJson.sidecarOf(model)).isEqualTo(dir.resolve("m.card.json"));
        ModelCard original = card("T4N6655", 529, ModelCard.SCHEMA_VERSION);
        ModelCardJson.write(original, ModelCardJson.sidecarOf(model));
        assertThat(ModelCardJson.read(ModelCardJson.sidecarOf(model))).usingRecursiveComparison().isEqualTo(original);
    }

    @Test
    void unknownFieldIsRejectedNamingTheSource() {
        String json = ModelCardJson.toJson(card("T4N6655", 529, 1)).replaceFirst("\\{", "{\"bogus\": 1,");
        assertThatThrownBy(() -> ModelCardJson.fromJson(json, "x.card.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x.card.json").hasMessageContaining("bogus");
    }

    @Test
    void theCardCarriesThemThroughJsonAndACardWrittenBeforeThemStillLoads() {
        ExpectedSpectraBuilder b = new ExpectedSpectraBuilder();
        b.add(3, new double[] {1010, Double.NaN, 1010}, 2);
        ModelCard plain = card("T4N6655", 529, ModelCard.SCHEMA_VERSION);
        ModelCard with = new ModelCard(plain.schemaVersion(), plain.modelId(), plain.features(), plain.selection(),
                plain.architecture(), plain.scaler(), plain.score(), plain.thresholds().withExpectedSpectra(b.build()),
                plain.provenance());

        assertThat(ModelCardJson.fromJson(ModelCardJson.toJson(with), "t")).usingRecursiveComparison().isEqualTo(with);
        String old = ModelCardJson.toJson(plain).replaceAll(",\\s*\"expectedSpectra\" : null", "");
        assertThat(old).doesNotContain("expectedSpectra");
        assertThat(ModelCardJson.fromJson(old, "old").thresholds().expectedSpectra()).isNull();
    }
}
