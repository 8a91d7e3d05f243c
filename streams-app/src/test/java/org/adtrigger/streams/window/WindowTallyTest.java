package org.adtrigger.streams.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.TruthLabel;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class WindowTallyTest {
    /** A card with these tier pass fractions and 100 validation background events. */
    private static final ModelExpectation MODEL = new ModelExpectation(new double[] {1.0, 0.3, 0.2, 0.1}, 100);

    private final Serde<WindowTally> serde = VersionedSerde.tally();

    @Test
    void quantilesAreWithinHalfABinOfTheExactValues() {
        WindowTally tally = new WindowTally();
        for (int i = 1; i <= 1000; i++) {
            tally.add(scored(i * 0.01f, 0, TruthLabel.UNKNOWN, 1.0), MODEL);
        }
        // Exact: 5.00, 9.00, 9.90; half a bin is a factor 10^(1/40).
        assertThat(tally.scoreQuantile(0.5)).isCloseTo(5.0, within(5.0 * 0.06));
        assertThat(tally.scoreQuantile(0.9)).isCloseTo(9.0, within(9.0 * 0.06));
        assertThat(tally.scoreQuantile(0.99)).isCloseTo(9.9, within(9.9 * 0.06));
    }

    @Test
    void scoresOutsideTheRangeReportTheRangeEdgesAndNaNIsSkipped() {
        WindowTally tally = new WindowTally();
        tally.add(scored(0f, 0, TruthLabel.UNKNOWN, 1.0), MODEL);
        tally.add(scored(-1f, 0, TruthLabel.UNKNOWN, 1.0), MODEL);
        tally.add(scored(Float.NaN, 0, TruthLabel.UNKNOWN, 1.0), MODEL);
        tally.add(scored(1e12f, 0, TruthLabel.UNKNOWN, 1.0), MODEL);

        assertThat(tally.scoreQuantile(0.5)).isEqualTo(1e-8);
        assertThat(tally.scoreQuantile(1.0)).isEqualTo(1e8);
        assertThat(new WindowTally().scoreQuantile(0.5)).isNaN();
    }

    @Test
    void survivesItsStoreFormat() {
        WindowTally tally = new WindowTally();
        tally.add(scored(150f, 2, TruthLabel.BACKGROUND, 2.0), MODEL);
        tally.add(scored(50f, 0, TruthLabel.SIGNAL, 0.5), MODEL);
        tally.add(scored(350f, 3, TruthLabel.UNKNOWN, 1.0), MODEL);

        WindowTally copy = serde.deserializer().deserialize("t", serde.serializer().serialize("t", tally));

        assertSameTotals(copy, tally);
        assertThat(copy.count(0)).isEqualTo(3);
        assertThat(copy.backgroundW(2)).isEqualTo(2.0);
        assertThat(copy.unlabeled(3)).isEqualTo(1);
        // accepts: the tier-2 and tier-3 events; Σε = 0.25 + 0.25 + 0.04, Σ√(ε(1−ε)/100) = (2√0.1875 + √0.0384)/10
        assertThat(copy.accepted()).isEqualTo(2);
        assertThat(copy.expectedAccepted()).isCloseTo(0.54, within(1e-12));
        assertThat(copy.acceptCardError()).isCloseTo((2 * Math.sqrt(0.1875) + Math.sqrt(0.0384)) / 10, within(1e-12));
        assertThat(copy.scoreQuantile(0.5)).isEqualTo(tally.scoreQuantile(0.5));
    }

    @Test
    void mergedPartialsEqualOneTallyOfAllTheirEvents() {
        ScoredEvent[] events = {scored(150f, 2, TruthLabel.BACKGROUND, 2.0), scored(50f, 0, TruthLabel.SIGNAL, 0.5),
                scored(350f, 3, TruthLabel.UNKNOWN, 1.0), scored(0.2f, 1, TruthLabel.BACKGROUND, -0.25)};
        WindowTally whole = new WindowTally();
        WindowTally first = new WindowTally();
        WindowTally second = new WindowTally();
        for (int i = 0; i < events.length; i++) {
            whole.add(events[i], MODEL);
            (i < 2 ? first : second).add(events[i], MODEL);
        }
        Serde<WindowUpdate> updates = VersionedSerde.update();
        WindowUpdate sent = WindowUpdate.partial(3, 60_000L, second);
        WindowUpdate received = updates.deserializer().deserialize("t", updates.serializer().serialize("t", sent));
        assertThat(received.isProgress()).isFalse();
        assertThat(received.source()).isEqualTo(3);
        assertThat(received.windowStart()).isEqualTo(60_000L);
        WindowUpdate progress = updates.deserializer().deserialize("t",
                updates.serializer().serialize("t", WindowUpdate.progress(2, 123_456L)));
        assertThat(progress).isEqualTo(WindowUpdate.progress(2, 123_456L));
        assertThat(progress.isProgress()).isTrue();

        WindowTally merged = first.merge(received.tally());

        assertSameTotals(merged, whole);
        assertThat(merged.count(0)).isEqualTo(4);
        assertThat(merged.backgroundW(1)).isEqualTo(1.75);
        for (double q : new double[] {0.25, 0.5, 0.75, 1.0}) {
            assertThat(merged.scoreQuantile(q)).isEqualTo(whole.scoreQuantile(q));
        }
    }

    /** A roll-out window: each unlabeled event is expected with the pass fractions of the model that scored it. */
    @Test
    void expectsEachEventWithItsOwnModelsCardAndNamesTheModels() {
        ModelExpectation newCard = new ModelExpectation(new double[] {1.0, 0.5, 0.05, 0.01}, 400);
        WindowTally tally = new WindowTally();
        tally.add(scored(1f, 1, TruthLabel.UNKNOWN, 1.0), MODEL);
        tally.add(scored(2f, 0, TruthLabel.UNKNOWN, 1.0), MODEL);
        tally.add(ScoredEvent.newBuilder(scored(3f, 2, TruthLabel.UNKNOWN, 1.0)).setModelId("m2").build(), newCard);
        tally.add(ScoredEvent.newBuilder(scored(4f, 3, TruthLabel.BACKGROUND, 2.0)).setModelId("m2").build(), newCard);

        WindowTally copy = serde.deserializer().deserialize("t", serde.serializer().serialize("t", tally));

        assertSameTotals(copy, tally);
        assertThat(copy.expectedUnlabeled(0)).isEqualTo(3.0);
        assertThat(copy.expectedUnlabeled(1)).isCloseTo(0.3 + 0.3 + 0.5, within(1e-12));
        assertThat(copy.expectedUnlabeled(3)).isCloseTo(0.1 + 0.1 + 0.01, within(1e-12));
        assertThat(copy.models()).containsExactly("m", "m2");
        // each event's card error with its own model's validation size: ε = 0.25 (m, m), 0.25 and 0.04 (m2)
        assertThat(copy.acceptCardError()).isCloseTo(2 * Math.sqrt(0.1875 / 100) + Math.sqrt(0.1875 / 400)
                + Math.sqrt(0.0384 / 400), within(1e-12));
    }

    @Test
    void refusesAnotherFormatVersion() {
        byte[] bytes = serde.serializer().serialize("t", new WindowTally());
        bytes[0] = 9;
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", bytes))
                .isInstanceOf(SerializationException.class).hasMessageContaining("version 9");
    }

    private static void assertSameTotals(WindowTally actual, WindowTally expected) {
        for (int i = 0; i < WindowTally.LEVELS; i++) {
            assertThat(actual.count(i)).isEqualTo(expected.count(i));
            assertThat(actual.sumW(i)).isEqualTo(expected.sumW(i));
            assertThat(actual.sumW2(i)).isEqualTo(expected.sumW2(i));
            assertThat(actual.unlabeled(i)).isEqualTo(expected.unlabeled(i));
            assertThat(actual.backgroundW(i)).isEqualTo(expected.backgroundW(i));
            assertThat(actual.signalW(i)).isEqualTo(expected.signalW(i));
            assertThat(actual.expectedUnlabeled(i)).isEqualTo(expected.expectedUnlabeled(i));
        }
        assertThat(actual.models()).isEqualTo(expected.models());
        assertThat(actual.accepted()).isEqualTo(expected.accepted());
        // sums of irrational terms: the order of addition shows in the last bit
        assertThat(actual.expectedAccepted()).isCloseTo(expected.expectedAccepted(), within(1e-12));
        assertThat(actual.acceptCardError()).isCloseTo(expected.acceptCardError(), within(1e-12));
    }

    private static ScoredEvent scored(float score, int tier, TruthLabel label, double weight) {
        return ScoredEvent.newBuilder().setRun(1).setEventNumber(1).setSample("s").setIsData(label == TruthLabel.UNKNOWN)
                .setLabel(label).setWeight(weight).setEventTimeMs(0).setScore(score).setTier(tier).setModelId("m")
                .setMetEt(0f).setAccepted(tier >= 2).setAcceptPassFraction(tier == 3 ? 0.04 : 0.25).build();
    }
}
