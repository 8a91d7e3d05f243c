package org.adtrigger.trainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.adtrigger.ingest.gen.EventGenerator;
import org.adtrigger.ingest.gen.Mix;
import org.adtrigger.ingest.gen.ProcessCatalog;
import org.adtrigger.testsupport.TestArchives;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, acceptance 3, end to end on real files: a tiny model trained on generated SM; an independent
 * generated SM sample (σ mix, five times the data's luminosity) as the MC; as data a σ-mix SM sample with
 * 5 % Z′ (2 TeV) events added, then the same without them. With the Z′ the tier-3 m_ℓℓ spectrum shows the
 * excess and the bump hunt finds it at 2 TeV; without it nothing beyond 2σ global there.
 */
class CompareCommandIT {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int DATA_EVENTS = 12_000;
    private static final int MC_EVENTS = 60_000;
    private static final double GENERATOR_LUMI_FB = 10.0;

    @TempDir
    static Path dir;
    static Path model;
    /** The σ-mix data sample's luminosity: events / σ_total. */
    static double dataLumiFb;

    @BeforeAll
    static void trainAndGenerate() throws IOException {
        TestArchives.write(dir.resolve("sm-train.avro"), "sm", 4000, 3);
        sigmaMix(dir.resolve("mc.avro"), MC_EVENTS, 21);
        double sumW = sigmaMix(dir.resolve("data-sm.avro"), DATA_EVENTS, 22);
        dataLumiFb = DATA_EVENTS * GENERATOR_LUMI_FB / sumW;
        // 5 % of the SM data: 600 Z′ (2 TeV) → ℓℓ events
        TestArchives.write(dir.resolve("zprime.avro"), "zprime:2000", DATA_EVENTS / 20, 23);
        model = dir.resolve("tiny.onnx");
        int code = run(new StringWriter(), "train", "--data", dir.resolve("sm-train.avro").toString(), "--model",
                "24:tanh", "--epochs", "2", "--batch", "128", "--no-progress", "--out", model.toString());
        assertThat(code).isZero();
    }

    /** Writes a σ-mix SM archive; returns its Σw at the generator's 10 fb⁻¹. */
    private static double sigmaMix(Path file, int events, long seed) throws IOException {
        EventGenerator generator = EventGenerator.of(ProcessCatalog.parse("sm"), events, seed, GENERATOR_LUMI_FB,
                Mix.SIGMA);
        double sumW = generator.plan().stream().mapToDouble(s -> s.events() * s.weight()).sum();
        TestArchives.write(file, generator);
        return sumW;
    }

    private static int run(StringWriter out, String... args) {
        StringWriter err = new StringWriter();
        int code = TrainerMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        if (code != 0) {
            System.err.println(err);
        }
        return code;
    }

    private static JsonNode compare(Path report, double lumiFb, StringWriter out, String... data) throws IOException {
        String[] head = {"compare", "--model", model.toString(), "--mc", dir.resolve("mc.avro").toString(),
                "--mc-lumi", String.valueOf(GENERATOR_LUMI_FB), "--lumi", String.format(Locale.ROOT, "%.6g", lumiFb),
                "--toys", "2000", "--seed", "5", "--no-progress", "--out", report.toString(), "--data"};
        String[] args = Arrays.copyOf(head, head.length + data.length);
        System.arraycopy(data, 0, args, head.length, data.length);
        int code = run(out, args);
        assertThat(code).as(out.toString()).isZero();
        System.out.println(out);
        return JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
                .readTree(report.resolve("compare.json").toFile());
    }

    private static JsonNode spectrum(JsonNode json, String region, String observable) {
        for (JsonNode r : json.get("regions")) {
            if (r.get("id").asText().equals(region)) {
                for (JsonNode s : r.get("spectra")) {
                    if (s.get("observable").asText().equals(observable)) {
                        return s;
                    }
                }
            }
        }
        throw new AssertionError("no " + observable + " spectrum in region " + region);
    }

    private static JsonNode region(JsonNode json, String id) {
        for (JsonNode r : json.get("regions")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no region " + id);
    }

    @Test
    void injectedZPrimeIsFoundInTierThreeDileptonMass() throws IOException {
        Path report = dir.resolve("injected");
        StringWriter out = new StringWriter();
        JsonNode json = compare(report, dataLumiFb, out, dir.resolve("data-sm.avro").toString(),
                dir.resolve("zprime.avro").toString());

        assertThat(json.get("normalisationWarning").isNull()).as("data/MC within a factor 2").isTrue();
        JsonNode tier3 = region(json, "tier3");
        assertThat(tier3.get("observed").asDouble()).isGreaterThan(tier3.get("expected").asDouble());
        assertThat(tier3.get("significance").asDouble()).isGreaterThan(3);
        assertThat(tier3.get("limitFb").get("observed").asDouble())
                .isGreaterThan(tier3.get("limitFb").get("expectedMedian").asDouble());
        JsonNode bump = spectrum(json, "tier3", "mll").get("bumpHunt");
        assertThat(bump.get("excess").asBoolean()).isTrue();
        assertThat(bump.get("low").asDouble()).isLessThanOrEqualTo(2000);
        assertThat(bump.get("high").asDouble()).isGreaterThanOrEqualTo(2000);
        assertThat(bump.get("localSignificance").asDouble()).isGreaterThan(5);
        // no pseudo-experiment of 2000 comes close: the bound Z(1/2000) = 3.29
        assertThat(bump.get("globalIsBound").asBoolean()).isTrue();
        assertThat(bump.get("globalSignificance").asDouble()).isGreaterThan(3.2);

        Path png = report.resolve("tier3-mll.png");
        assertThat(Arrays.copyOf(Files.readAllBytes(png), 8)).isEqualTo(PNG_MAGIC);
        assertThat(Files.readString(report.resolve("index.html"))).contains("src=\"tier3-mll.png\"")
                .contains("BumpHunter");
        assertThat(out.toString()).containsPattern("bump tier ≥ 3 +mll +\\[ *1[0-9]{3}, +2[0-9]{3}\\]");
    }

    @Test
    void withoutInjectionNothingBeyondTwoSigmaGlobal() throws IOException {
        StringWriter out = new StringWriter();
        JsonNode json = compare(dir.resolve("sm-only"), dataLumiFb, out, dir.resolve("data-sm.avro").toString());

        assertThat(json.get("normalisationWarning").isNull()).isTrue();
        JsonNode bump = spectrum(json, "tier3", "mll").get("bumpHunt");
        assertThat(bump.get("globalSignificance").asDouble()).isLessThan(2.0);
        assertThat(Math.abs(region(json, "tier3").get("significance").asDouble())).isLessThan(3.0);
    }

    @Test
    void aWrongLuminosityIsCalledOutWithNumbers() throws IOException {
        StringWriter out = new StringWriter();
        JsonNode json = compare(dir.resolve("wrong-lumi"), 10 * dataLumiFb, out,
                dir.resolve("data-sm.avro").toString());

        assertThat(json.get("normalisationWarning").asText()).contains("data/MC = 12000 /").contains("factor 2");
        assertThat(out.toString()).contains("warning: data/MC = 12000 /");
    }
}
