package org.adtrigger.streams.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.streams.testing.TestCards;
import org.adtrigger.streams.testing.TestEvents;
import org.junit.jupiter.api.Test;

/** Card cuts: tiers at 100, 200, 300; working points at 120 and 320. */
class EventTaggerTest {
    private final EventTagger tagger = new EventTagger(TestCards.card("none"), TestCards.filter("tier:1"));

    @Test
    void workingPointBitsFollowTheCardsOrder() {
        assertThat(tagger.workingPoints(120.0)).isZero();
        assertThat(tagger.workingPoints(120.001)).isEqualTo(0b01);
        assertThat(tagger.workingPoints(320.001)).isEqualTo(0b11);
    }

    @Test
    void theOperatingPointDecidesAcceptanceAndEachEventCarriesItsCutsPassFraction() {
        var event = TestEvents.data(1, 40f);
        ScoredEvent below = tagger.tag(event, 100f, 1L);
        ScoredEvent above = tagger.tag(event, 100.01f, 1L);
        assertThat(below.getAccepted()).isFalse();
        assertThat(above.getAccepted()).isTrue();
        assertThat(below.getAcceptPassFraction()).isEqualTo(0.1);
        EventTagger tier3 = new EventTagger(TestCards.card("none"), TestCards.filter("tier:3"));
        ScoredEvent t2 = tier3.tag(event, 250f, 1L);
        assertThat(t2.getTier()).isEqualTo(2);
        assertThat(t2.getAccepted()).isFalse();
        assertThat(t2.getAcceptPassFraction()).isEqualTo(0.001);
    }

    @Test
    void summariesUseTheLeadingPairsOfEachKind() {
        var event = TestEvents.data(1, 40f);
        event.getObjects().clear();
        // Leading jets: 100 GeV at φ = 0 and 80 GeV at φ = π, both at η = 0 and massless: m = 2√(100·80).
        event.getObjects().add(TestEvents.massless(ObjectType.JET, 30f, 1.0f, 1.0f));
        event.getObjects().add(TestEvents.massless(ObjectType.BJET, 100f, 0f, 0f));
        event.getObjects().add(TestEvents.massless(ObjectType.JET, 80f, 0f, (float) Math.PI));
        event.getObjects().add(TestEvents.massless(ObjectType.ELECTRON, 25f, 0f, 0f));

        ScoredEvent out = tagger.tag(event, 150f, 1234L);

        assertThat(out.getTier()).isEqualTo(1);
        assertThat(out.getWorkingPoints()).isEqualTo(0b01);
        assertThat(out.getEventTimeMs()).isEqualTo(1234L);
        assertThat(out.getNObjects()).isEqualTo(4);
        assertThat(out.getMLeadingJets()).isCloseTo((float) (2 * Math.sqrt(100.0 * 80.0)), within(1e-3f));
        assertThat(out.getMLeadingLeptons()).as("one lepton only").isZero();
        assertThat(out.getMAllObjects()).isGreaterThan(out.getMLeadingJets());
    }
}
