package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.adtrigger.core.kinematics.LeadingMass;
import org.adtrigger.core.model.ExpectedSpectra;
import org.adtrigger.core.model.ExpectedSpectraBuilder;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.rmm.RmmBuilder;
import org.adtrigger.core.stats.BumpHunter;
import org.adtrigger.core.stats.SpectrumComparison;
import org.adtrigger.core.stats.WeightedHistogram;
import org.adtrigger.ingest.avro.EventArchiveReader;
import org.adtrigger.schema.Event;
import org.adtrigger.scoring.BatchScorer;
import org.adtrigger.scoring.onnx.OnnxModel;
import org.adtrigger.scoring.onnx.ScorerSettings;
import org.adtrigger.testsupport.onnx.TestModelFiles;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.streams.readback.SpectraReport;
import org.adtrigger.streams.testsupport.AppProcess;
import org.adtrigger.testsupport.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, acceptance 4: a demo-style burst of Z′ (2 TeV, to leptons) between two stretches of Z → ℓℓ
 * background, scored by a running app (embedded KRaft broker, ONNX Runtime, child JVM) whose card carries
 * expected spectra measured on a separate background sample, shows up in the stream's tier-3 m_ℓℓ spectrum at
 * the Z′ mass; and {@code adtrigger spectra} read back over the run reproduces the numbers computed offline
 * (the same model scoring the same events in this JVM, masses from the events' objects, no broker): every
 * bin of every tier's m_ℓℓ, m_jj and m_all, the expectation, χ² and the bump hunt; and writes a data/MC plot
 * for each of them (what they show is checked against the JSON in {@code SpectraReportTest}).
 */
class SpectraCommandIT {
    private static final String WINDOW_MS = "2000";
    private static final int TOYS = 2_000;
    private static final double Z_PRIME_GEV = 2000;
    /** Two muons and two electrons: a network that sees the leptons, as the thesis layout's does. */
    private static final String LAYOUT = "muons:2,electrons:2";

    @TempDir
    Path dir;

    @Test
    void theBurstShowsInTheTier3MllSpectrumAndTheReadBackReproducesTheOfflineNumbers() throws Exception {
        Path validation = TestArchives.write(dir.resolve("validation.avro"), "zee,zmumu", 3_000, 7);
        List<Path> replayed = List.of(TestArchives.write(dir.resolve("before.avro"), "zee,zmumu", 1_500, 1),
                TestArchives.write(dir.resolve("burst.avro"), "zprime:2000", 150, 2),
                TestArchives.write(dir.resolve("after.avro"), "zee,zmumu", 1_500, 3));
        Path model = modelWithSpectraOf(validation);
        ModelCard card;
        try (OnnxModel onnx = OnnxModel.load(model, ScorerSettings.DEFAULTS)) {
            card = onnx.card();
        }

        JsonNode report;
        long events = 0;
        for (Path p : replayed) {
            events += events(p).size();
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            broker.createTopics(TriggerConfig.defaults().topicsToCreate());
            try (AppProcess app = AppProcess.start(model, broker.bootstrapServers(), dir.resolve("app.log"),
                    "application.id=spectra-it", "state.dir=" + dir.resolve("state"), "window.size.ms=" + WINDOW_MS,
                    "window.grace.ms=2000", "window.idle.close.ms=10000")) {
                app.awaitReady(Duration.ofSeconds(60));
                List<String> replay = new ArrayList<>(List.of("replay", "--bootstrap", broker.bootstrapServers(),
                        "--rate", "600", "--no-progress", "--in"));
                replayed.forEach(p -> replay.add(p.toString()));
                CommandRun sent = CommandRun.of(replay.toArray(String[]::new));
                assertThat(sent.exitCode).as(sent.err.toString()).isZero();
                report = readBackOnceEveryWindowClosed(broker.bootstrapServers(), events, app);
            }
        }

        // the burst at the Z' mass, in the stream's own tier-3 m_ll spectrum
        JsonNode mll3 = spectrum(report, "tier3", "mll");
        JsonNode bump = mll3.path("bumpHunt");
        System.out.printf("SpectraCommandIT: %d events in %d windows; tier-3 m_ll: observed %.0f, expected %.3g; "
                        + "bump [%.0f, %.0f] GeV: %.0f observed, %.3g expected, local Z %.1f, global Z %.2f (p %s %s)%n",
                report.path("provenance").path("events").asLong(), report.path("provenance").path("windows").asInt(),
                mll3.path("observed").asDouble(), mll3.path("expected").asDouble(), bump.path("low").asDouble(),
                bump.path("high").asDouble(), bump.path("observed").asDouble(), bump.path("expected").asDouble(),
                bump.path("localSignificance").asDouble(), bump.path("globalSignificance").asDouble(),
                bump.path("globalIsBound").asBoolean() ? "<" : "=", bump.path("globalIsBound").asBoolean()
                        ? 1.0 / TOYS : bump.path("globalP").asDouble());
        assertThat(bump.path("excess").asBoolean()).isTrue();
        assertThat(Z_PRIME_GEV).isBetween(bump.path("low").asDouble(), bump.path("high").asDouble());
        assertThat(bump.path("localSignificance").asDouble()).isGreaterThan(5);
        assertThat(bump.path("globalIsBound").asBoolean()).as("no background-only toy as extreme").isTrue();

        // beside the JSON, the data/MC plot of every tier level and mass, named there; readable PNGs
        int plots = 0;
        for (JsonNode region : report.path("regions")) {
            for (JsonNode s : region.path("spectra")) {
                String file = s.path("plot").asText();
                assertThat(file).isEqualTo(region.path("id").asText() + "-" + s.path("observable").asText() + ".png");
                BufferedImage png = ImageIO.read(dir.resolve("report").resolve(file).toFile());
                assertThat(png).as(file).isNotNull();
                assertThat(png.getWidth()).as(file).isEqualTo(900);
                assertThat(png.getHeight()).as(file).isEqualTo(760);
                plots++;
            }
        }
        assertThat(plots).isEqualTo(ExpectedSpectraBuilder.LEVELS * LeadingMass.values().length);

        // the same numbers offline
        Offline offline = Offline.of(model, card, replayed);
        assertThat(report.path("provenance").path("events").asLong()).isEqualTo(offline.events);
        for (int level = 0; level < ExpectedSpectraBuilder.LEVELS; level++) {
            for (LeadingMass m : LeadingMass.values()) {
                JsonNode streamed = spectrum(report, level == 0 ? "all" : "tier" + level, m.id());
                String what = m.id() + " at tier level " + level;
                WeightedHistogram observed = offline.observed[level][m.ordinal()];
                WeightedHistogram expected = offline.expected(card, level, m);
                assertThat(doubles(streamed.path("observedBins"))).as(what).containsExactly(contents(observed));
                assertThat(doubles(streamed.path("expectedBins"))).as(what)
                        .containsExactly(contents(expected), within(1e-9));
                SpectrumComparison c = SpectrumComparison.of(observed, expected);
                assertThat(streamed.path("observed").asDouble()).as(what).isEqualTo(c.observed());
                assertThat(streamed.path("chi2").asDouble()).as(what).isCloseTo(c.chi2(), within(1e-6 * (1 + c.chi2())));
                assertThat(streamed.path("ndf").asInt()).as(what).isEqualTo(c.ndf());
            }
        }
        // the hunt offline on the offline spectra: the same window and significance
        WeightedHistogram observed = offline.observed[3][LeadingMass.MLL.ordinal()];
        WeightedHistogram expected = offline.expected(card, 3, LeadingMass.MLL);
        BumpHunter.Window window = new BumpHunter(6).mostSignificant(contents(observed),
                SpectraReport.huntExpectation(expected), SpectraReport.huntVariance(expected));
        assertThat(bump.path("low").asDouble()).isEqualTo(observed.lowEdge(window.first()));
        assertThat(bump.path("high").asDouble()).isEqualTo(observed.lowEdge(window.last() + 1));
        assertThat(bump.path("observed").asDouble()).isEqualTo(window.observed());
        assertThat(bump.path("localSignificance").asDouble()).isCloseTo(window.localSignificance(), within(1e-6));
    }

    @Test
    void aRangeWithoutWindowsWritesNoReportAndABadTimeIsAUsageError() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            broker.createTopics(TriggerConfig.defaults().topicsToCreate());
            Path out = dir.resolve("empty");
            CommandRun empty = CommandRun.of("spectra", "--bootstrap", broker.bootstrapServers(), "--out", out.toString());
            CommandRun bad = CommandRun.of("spectra", "--bootstrap", broker.bootstrapServers(), "--out", out.toString(),
                    "--from", "yesterday");

            assertThat(empty.exitCode).isEqualTo(1);
            assertThat(empty.err.toString().lines()).singleElement().asString()
                    .startsWith("adtrigger spectra: no window summary of key ALL in window-summaries between");
            assertThat(out.resolve(SpectraReport.JSON)).doesNotExist();
            assertThat(bad.exitCode).isEqualTo(2);
            assertThat(bad.err.toString()).contains("--from yesterday: not an ISO-8601 instant");
        }
    }

    /**
     * A test network on leptons whose score is the mean squared cell, with tier cuts at the 50/75/90 % points
     * of the validation background's scores and that background's expected spectra, as {@code train} would
     * write them.
     */
    private Path modelWithSpectraOf(Path validation) throws IOException {
        Path plain = TestModelFiles.blindWithCard(dir, "plain.onnx", LAYOUT, SpectraCommandIT::transverse);
        ModelCard card;
        float[] scores;
        List<Event> background = events(validation);
        try (OnnxModel onnx = OnnxModel.load(plain, ScorerSettings.DEFAULTS)) {
            card = onnx.card();
            scores = score(onnx, background);
        }
        float[] sorted = scores.clone();
        Arrays.sort(sorted);
        double[] cuts = {cutAbove(sorted, 0.50), cutAbove(sorted, 0.75), cutAbove(sorted, 0.90)};
        ExpectedSpectraBuilder spectra = new ExpectedSpectraBuilder();
        double[] pass = new double[ExpectedSpectraBuilder.LEVELS];
        for (int i = 0; i < background.size(); i++) {
            int tier = tier(scores[i], cuts);
            spectra.add(tier, masses(background.get(i)), 1.0);
            for (int level = 0; level <= tier; level++) {
                pass[level] += 1.0 / background.size();
            }
        }
        ModelCard.Thresholds t = card.thresholds();
        ExpectedSpectra expected = spectra.build();
        return TestModelFiles.blindWithCard(dir, "with-spectra.onnx", LAYOUT, c -> TestModelFiles.withThresholds(transverse(c),
                new ModelCard.Thresholds(t.space(), t.median(), cuts, pass, t.efficiencyPoints(),
                        t.crossSectionPoints(), null, expected)));
    }

    /**
     * The card with C = 1e-6 (it must be positive): rapidity cells near 0, so the blind network's score
     * follows energies and masses (a forward Z would otherwise outscore a central 2 TeV pair).
     */
    private static ModelCard transverse(ModelCard card) {
        ModelCard.Features f = card.features();
        return new ModelCard(card.schemaVersion(), card.modelId(), new ModelCard.Features(f.rmmLayout(), f.rmm().withC(1e-6),
                f.inputWidth(), f.keptCells()),
                card.selection(), card.architecture(), card.scaler(), card.score(), card.thresholds(), card.provenance());
    }

    /**
     * A cut near the q-quantile, halfway between two distinct scores: many events share a score (the same
     * matrix), and a cut on a shared score would let the last bits of a batched ONNX Runtime call decide
     * their tier.
     */
    private static double cutAbove(float[] sorted, double q) {
        int k = (int) (q * sorted.length);
        int next = k;
        while (next < sorted.length - 1 && sorted[next] == sorted[k]) {
            next++;
        }
        return 0.5 * ((double) sorted[k] + sorted[next]);
    }

    /** Runs {@code spectra} until its report counts every event sent (the last windows close after the idle time). */
    private JsonNode readBackOnceEveryWindowClosed(String bootstrap, long events, AppProcess app) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            Path out = dir.resolve("report");
            CommandRun run = CommandRun.of("spectra", "--bootstrap", bootstrap, "--out", out.toString(), "--toys",
                    Integer.toString(TOYS), "--seed", "5");
            if (run.exitCode == 0) {
                JsonNode report = new ObjectMapper().readTree(out.resolve("spectra.json").toFile());
                if (report.path("provenance").path("events").asLong() == events) {
                    assertThat(run.out.toString()).contains("tier3   mll");
                    return report;
                }
            }
            if (System.nanoTime() > deadline) {
                CommandRun tail = CommandRun.of("tail", "--bootstrap", bootstrap, "--topic", "window-summaries",
                        "--from-beginning", "--max", "3");
                throw new AssertionError("not every event in a closed window after 90 s: " + run.err + run.out
                        + "\nsummaries: " + tail.out + tail.err + "\n" + app.log());
            }
            Thread.sleep(1_000);
        }
    }

    private static JsonNode spectrum(JsonNode report, String region, String mass) {
        for (JsonNode r : report.path("regions")) {
            if (r.path("id").asText().equals(region)) {
                for (JsonNode s : r.path("spectra")) {
                    if (s.path("observable").asText().equals(mass)) {
                        return s;
                    }
                }
            }
        }
        throw new AssertionError("no " + mass + " spectrum in region " + region);
    }

    /** Per tier level and mass, the replayed events' spectrum, scored and binned in this JVM. */
    private static final class Offline {
        final WeightedHistogram[][] observed = new WeightedHistogram[ExpectedSpectraBuilder.LEVELS][LeadingMass.values().length];
        long events;

        static Offline of(Path model, ModelCard card, List<Path> archives) throws IOException {
            Offline o = new Offline();
            for (int level = 0; level < ExpectedSpectraBuilder.LEVELS; level++) {
                for (LeadingMass m : LeadingMass.values()) {
                    o.observed[level][m.ordinal()] = m.histogram();
                }
            }
            try (OnnxModel onnx = OnnxModel.load(model, ScorerSettings.DEFAULTS)) {
                for (Path archive : archives) {
                    List<Event> events = events(archive);
                    float[] scores = score(onnx, events);
                    for (int i = 0; i < events.size(); i++) {
                        int tier = tier(scores[i], card.thresholds().tierCuts());
                        double[] masses = masses(events.get(i));
                        for (LeadingMass m : LeadingMass.values()) {
                            for (int level = 0; level <= tier && !Double.isNaN(masses[m.ordinal()]); level++) {
                                o.observed[level][m.ordinal()].fill(masses[m.ordinal()], 1.0);
                            }
                        }
                        o.events++;
                    }
                }
            }
            return o;
        }

        /** N × the card's fractions, error N × the card's errors. */
        WeightedHistogram expected(ModelCard card, int level, LeadingMass m) {
            ExpectedSpectra.TierSpectrum s = card.thresholds().expectedSpectra().of(m, level).orElseThrow();
            WeightedHistogram h = m.histogram();
            for (int slot = 0; slot < m.slots(); slot++) {
                h.addToSlot(slot, events * s.fractions()[slot], Math.pow(events * s.errors()[slot], 2));
            }
            return h;
        }
    }

    private static List<Event> events(Path archive) throws IOException {
        List<Event> events = new ArrayList<>();
        try (EventArchiveReader reader = EventArchiveReader.open(archive)) {
            while (reader.hasNext()) {
                events.add(reader.next());
            }
        }
        return events;
    }

    /** One event per call, as a stream task may score it alone. */
    private static float[] score(OnnxModel onnx, List<Event> events) {
        RmmBuilder rmm = onnx.card().features().newRmmBuilder();
        float[] scores = new float[events.size()];
        float[] one = new float[1];
        try (BatchScorer scorer = onnx.newScorer(1)) {
            for (int i = 0; i < events.size(); i++) {
                rmm.build(events.get(i), scorer.input(), 0);
                scorer.score(1, one);
                scores[i] = one[0];
            }
        }
        return scores;
    }

    private static int tier(double score, double[] cuts) {
        int tier = 0;
        while (tier < cuts.length && score > cuts[tier]) {
            tier++;
        }
        return tier;
    }

    private static double[] masses(Event event) {
        double[] out = new double[LeadingMass.values().length];
        for (LeadingMass m : LeadingMass.values()) {
            out[m.ordinal()] = m.of(event.getObjects());
        }
        return out;
    }

    private static double[] contents(WeightedHistogram h) {
        double[] c = new double[h.binCount()];
        for (int k = 0; k < c.length; k++) {
            c[k] = h.bin(k).sumW();
        }
        return c;
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }
}
