package org.adtrigger.streams.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.adtrigger.core.kinematics.LeadingMass;
import org.adtrigger.core.model.ExpectedSpectraBuilder;
import org.adtrigger.schema.MassSpectrum;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.TruthLabel;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class WindowSpectraTest {
    private static final double[] PASS = {1.0, 0.3, 0.2, 0.1};
    /**
     * A card whose validation background is four unit-weight events: m_ll 90 GeV at tiers 0, 0, 1 and
     * m_ll 1010 GeV at tier 3; no jets, m_all = m_ll. At level 0, 3/4 of the background sits in slot 2
     * ([50, 100) GeV) and 1/4 in slot 21 ([1000, 1050)); at level 3 only slot 21 (1/4).
     */
    private static final ModelExpectation CARD = new ModelExpectation(PASS, 4);
    private static final ModelExpectation OTHER = new ModelExpectation(PASS, 4);
    /** The merger knows the spectra of model "m" only. */
    private static final Map<String, SpectrumExpectation> CARDS = Map.of("m", spectra());

    private static SpectrumExpectation spectra() {
        ExpectedSpectraBuilder b = new ExpectedSpectraBuilder();
        b.add(0, new double[] {90, Double.NaN, 90}, 1);
        b.add(0, new double[] {90, Double.NaN, 90}, 1);
        b.add(1, new double[] {90, Double.NaN, 90}, 1);
        b.add(3, new double[] {1010, Double.NaN, 1010}, 1);
        return SpectrumExpectation.of(b.build()).orElseThrow();
    }

    @Test
    void countsEachEventInItsMassBinAtEveryTierLevelUpToItsOwnAndExpectsTheCardsFractions() {
        WindowTally tally = WindowTally.withSpectra();
        tally.add(scored(3, 1005f, 0f, 2), CARD);
        tally.add(scored(0, 91f, 0f, 2), CARD);
        tally.add(scored(1, 0f, 480f, 2), CARD);

        List<MassSpectrum> spectra = WindowSummarizer.summarize("ALL:all", 0, 1000, tally, CARDS).getSpectra();

        MassSpectrum mll3 = find(spectra, "mll", 3);
        assertThat(mll3.getObserved().get(LeadingMass.MLL.slot(1005))).isEqualTo(1);
        assertThat(mll3.getObserved().stream().mapToLong(Long::longValue).sum()).isEqualTo(1);
        MassSpectrum mll0 = find(spectra, "mll", 0);
        assertThat(mll0.getObserved().get(2)).isEqualTo(1);
        assertThat(mll0.getObserved().get(21)).isEqualTo(1);
        // the third event has no lepton pair (m_ll stored as 0): not in m_ll, but in m_jj at levels 0 and 1
        assertThat(mll0.getObserved().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
        assertThat(find(spectra, "mjj", 1).getObserved().get(LeadingMass.MJJ.slot(480))).isEqualTo(1);
        assertThat(find(spectra, "mjj", 2).getObserved().stream().mapToLong(Long::longValue).sum()).isZero();
        // expected: 3 events × the card's fraction; error: 3 × √(Σw²)/Σw, summed linearly
        assertThat(mll0.getExpected().get(2)).isCloseTo(3 * 0.75, within(1e-12));
        assertThat(mll0.getExpectedError().get(2)).isCloseTo(3 * Math.sqrt(3) / 4, within(1e-12));
        assertThat(mll3.getExpected().get(21)).isCloseTo(3 * 0.25, within(1e-12));
        assertThat(mll3.getExpected().get(2)).isZero();
        assertThat(find(spectra, "mjj", 0).getExpected().stream().mapToDouble(Double::doubleValue).sum()).isZero();
    }

    @Test
    void mergedPartialsThroughTheirWireFormatEqualOneTallyOfAllTheirEvents() {
        Serde<WindowTally> serde = VersionedSerde.tally();
        ScoredEvent[] events = {scored(3, 1005f, 0f, 2), scored(0, 91f, 700f, 3), scored(2, 2999f, 0f, 2),
                scored(1, 3500f, 10f, 4)};
        WindowTally whole = WindowTally.withSpectra();
        WindowTally first = WindowTally.withSpectra();
        WindowTally second = WindowTally.withSpectra();
        for (int i = 0; i < events.length; i++) {
            whole.add(events[i], CARD);
            (i % 2 == 0 ? first : second).add(events[i], CARD);
        }
        WindowTally merged = roundTrip(serde, first).merge(roundTrip(serde, second));

        assertThat(WindowSummarizer.summarize("ALL:all", 0, 1000, roundTrip(serde, merged), CARDS).getSpectra())
                .isEqualTo(WindowSummarizer.summarize("ALL:all", 0, 1000, whole, CARDS).getSpectra());
    }

    @Test
    void aModelWhoseSpectraTheMergerDoesNotKnowLeavesTheWindowsExpectationEmptyNotPartial() {
        WindowTally tally = WindowTally.withSpectra();
        tally.add(scored(3, 1005f, 0f, 2), CARD);
        ScoredEvent other = scored(3, 1005f, 0f, 2);
        other.setModelId("m2");
        tally.add(other, OTHER);

        MassSpectrum mll3 = find(WindowSummarizer.summarize("ALL:all", 0, 1000, tally, CARDS).getSpectra(), "mll", 3);

        assertThat(mll3.getObserved().get(LeadingMass.MLL.slot(1005))).isEqualTo(2);
        assertThat(mll3.getExpected()).isEmpty();
        assertThat(mll3.getExpectedError()).isEmpty();
    }

    @Test
    void sampleAndRunTalliesCarryNoSpectra() {
        WindowTally tally = new WindowTally();
        tally.add(scored(3, 1005f, 0f, 2), CARD);

        assertThat(WindowSummarizer.summarize("SAMPLE:s", 0, 1000, tally, CARDS).getSpectra()).isEmpty();
    }

    @Test
    void readsATallyOfTheFormatBeforeSpectra() throws IOException {
        WindowTally tally = new WindowTally();
        tally.add(scored(3, 1005f, 0f, 2), CARD);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VersionedSerde.WITHOUT_SPECTRA);
            tally.write(out);
        }
        byte[] v3 = bytes.toByteArray();
        // version 2 had no trailing "has spectra" flag
        byte[] v2 = java.util.Arrays.copyOf(v3, v3.length - 1);

        WindowTally read = VersionedSerde.tally().deserializer().deserialize("t", v2);

        assertThat(read.count(3)).isEqualTo(1);
        assertThat(read.spectra()).isNull();
    }

    private static WindowTally roundTrip(Serde<WindowTally> serde, WindowTally tally) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", tally));
    }

    private static MassSpectrum find(List<MassSpectrum> spectra, String mass, int tier) {
        return spectra.stream().filter(s -> s.getMass().equals(mass) && s.getTier() == tier).findFirst().orElseThrow();
    }

    private static ScoredEvent scored(int tier, float mll, float mjj, int objects) {
        return ScoredEvent.newBuilder().setRun(1).setEventNumber(1).setSample("s").setIsData(true)
                .setLabel(TruthLabel.UNKNOWN).setWeight(1).setEventTimeMs(0).setScore(tier).setTier(tier)
                .setModelId("m").setMetEt(0f).setNObjects(objects).setMLeadingLeptons(mll).setMLeadingJets(mjj)
                .setMAllObjects(mll + mjj).build();
    }
}
