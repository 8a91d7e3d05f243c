package org.adtrigger.streams.topology;

import static org.adtrigger.streams.testing.TopologyHarness.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.testing.TestCards;
import org.adtrigger.streams.testing.TestEvents;
import org.adtrigger.streams.testing.TopologyHarness;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutingTest {
    @TempDir
    Path stateDir;

    @Test
    void scoresEveryEventAndSendsTiersFromTheMinimumToAnomalies() {
        try (TopologyHarness h = new TopologyHarness(config(ConfigKey.BATCH_SIZE, 4, ConfigKey.ANOMALY_MIN_TIER, 2),
                TestCards.card("none"), stateDir)) {
            float[] mets = {50f, 150f, 250f, 350f};
            for (int i = 0; i < mets.length; i++) {
                h.send(TestEvents.data(i, mets[i]), 1000L * i);
            }

            List<TestRecord<byte[], ScoredEvent>> scored = h.scored.readRecordsToList();
            assertThat(scored).extracting(r -> r.value().getTier()).containsExactly(0, 1, 2, 3);
            assertThat(scored).extracting(r -> r.value().getWorkingPoints()).containsExactly(0b00, 0b01, 0b01, 0b11);
            assertThat(scored).extracting(r -> new String(r.key())).containsExactly("ev-0", "ev-1", "ev-2", "ev-3");
            assertThat(scored).extracting(TestRecord::timestamp).containsExactly(
                    TopologyHarness.START.toEpochMilli(), TopologyHarness.START.toEpochMilli() + 1000,
                    TopologyHarness.START.toEpochMilli() + 2000, TopologyHarness.START.toEpochMilli() + 3000);
            assertThat(scored).extracting(r -> r.value().getEventTimeMs()).containsExactlyElementsOf(
                    scored.stream().map(TestRecord::timestamp).toList());
            assertThat(h.anomalies.readRecordsToList()).extracting(r -> r.value().getEventNumber()).containsExactly(2L, 3L);
            assertThat(h.deadLetters.isEmpty()).isTrue();

            assertThat(h.meter("adtrigger.events.received")).isEqualTo(4);
            assertThat(h.meter("adtrigger.events.scored")).isEqualTo(4);
            assertThat(h.meter("adtrigger.events.tagged", "tier", "2")).isEqualTo(1);
        }
    }

    @Test
    void theOperatingPointOverridesTheMinimumTier() {
        try (TopologyHarness h = new TopologyHarness(config(ConfigKey.BATCH_SIZE, 4, ConfigKey.ANOMALY_MIN_TIER, 1,
                ConfigKey.ANOMALY_OPERATING_POINT, "tier:3"), TestCards.card("none"), stateDir)) {
            float[] mets = {50f, 150f, 250f, 350f};
            for (int i = 0; i < mets.length; i++) {
                h.send(TestEvents.data(i, mets[i]), 1000L * i);
            }
            assertThat(h.scored.readRecordsToList()).extracting(r -> r.value().getAccepted())
                    .containsExactly(false, false, false, true);
            assertThat(h.anomalies.readRecordsToList()).extracting(r -> r.value().getEventNumber()).containsExactly(3L);
        }
    }

    @Test
    void scoredEventCarriesTheEventAndItsPhysicsSummaries() {
        try (TopologyHarness h = new TopologyHarness(config(ConfigKey.BATCH_SIZE, 1), TestCards.card("none"), stateDir)) {
            var event = TestEvents.data(7, 150f);
            event.getObjects().add(TestEvents.massless(ObjectType.MUON, 45f, 0f, 0f));
            event.getObjects().add(TestEvents.massless(ObjectType.MUON, 45f, 0f, (float) Math.PI));
            h.send(event, 0);

            ScoredEvent out = h.scored.readValue();
            assertThat(out.getRun()).isEqualTo(1L);
            assertThat(out.getEventNumber()).isEqualTo(7L);
            assertThat(out.getSample()).isEqualTo("data");
            assertThat(out.getModelId()).isEqualTo("test-model");
            assertThat(out.getScore()).isCloseTo(150f, within(1e-3f));
            assertThat(out.getMetEt()).isEqualTo(150f);
            assertThat(out.getNObjects()).isEqualTo(3);
            // Two massless back-to-back muons of 45 GeV: m = 90 GeV.
            assertThat(out.getMLeadingLeptons()).isCloseTo(90f, within(1e-3f));
            assertThat(out.getMLeadingJets()).isZero();
            assertThat(out.getMAllObjects()).isGreaterThan(90f);
        }
    }

    @Test
    void selectionRejectsEventsOutsideTheModelsPresetAndCountsWhy() {
        try (TopologyHarness h = new TopologyHarness(config(ConfigKey.BATCH_SIZE, 1), TestCards.card("thesis-2lep"), stateDir)) {
            h.send(TestEvents.data(1, 150f), 0);
            var dilepton = TestEvents.data(2, 150f);
            dilepton.getObjects().add(TestEvents.massless(ObjectType.ELECTRON, 40f, 0.1f, 0f));
            dilepton.getObjects().add(TestEvents.massless(ObjectType.MUON, 30f, -0.4f, 2f));
            h.send(dilepton, 0);

            assertThat(h.scored.readValuesToList()).extracting(ScoredEvent::getEventNumber).containsExactly(2L);
            assertThat(h.meter("adtrigger.events.selected")).isEqualTo(1);
            assertThat(h.meter("adtrigger.events.rejected", "reason", "TOO_FEW_LEPTONS")).isEqualTo(1);
        }
    }
}
