package org.adtrigger.streams.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.adtrigger.core.kinematics.LeadingMass;
import org.adtrigger.schema.MassSpectrum;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The test's own window counts, from the scored events a read_committed reader saw, against the window
 * summaries the app emitted: one summary per window and key, with every per-tier count equal, and for the
 * key ALL every bin of the per-tier leading-mass spectra equal.
 */
public final class WindowExactness {
    private static final int LEVELS = ModelCard.TIERS + 1;

    private WindowExactness() {
    }

    /**
     * Reads window-summaries until every (window, key) the scored events fall into has a summary (or the
     * patience is up), then checks them.
     *
     * @param allKeys true: ALL, SAMPLE and RUN keys; false: the ALL key only
     * @return the number of (window, key) summaries checked
     */
    public static int assertExact(String bootstrap, List<ConsumerRecord<byte[], ScoredEvent>> scored, long windowMs,
                                  boolean allKeys, Duration patience) {
        Map<String, long[]> expected = new HashMap<>();
        Map<String, long[][][]> expectedSpectra = new HashMap<>();
        for (ConsumerRecord<byte[], ScoredEvent> record : scored) {
            long start = record.timestamp() - record.timestamp() % windowMs;
            ScoredEvent event = record.value();
            count(expected, start + "|ALL:all", event.getTier());
            countMasses(expectedSpectra.computeIfAbsent(start + "|ALL:all", k -> newSpectra()), event);
            if (allKeys) {
                count(expected, start + "|SAMPLE:" + event.getSample(), event.getTier());
                count(expected, start + "|RUN:" + event.getRun(), event.getTier());
            }
        }
        List<ConsumerRecord<String, WindowSummary>> summaries = Topics.readCommitted(bootstrap, Topics.DEFAULT.windows(),
                records -> slots(records, allKeys).containsAll(expected.keySet()), patience, Duration.ofSeconds(2));
        List<String> seen = new ArrayList<>();
        Map<String, List<Long>> actual = new HashMap<>();
        Map<String, long[][][]> actualSpectra = new HashMap<>();
        for (ConsumerRecord<String, WindowSummary> record : summaries) {
            WindowSummary s = record.value();
            if (allKeys || s.getKeyType() == WindowKeyType.ALL) {
                String slot = slot(s);
                seen.add(slot);
                actual.put(slot, s.getCounts());
            }
            if (s.getKeyType() == WindowKeyType.ALL) {
                long[][][] spectra = newSpectra();
                for (MassSpectrum m : s.getSpectra()) {
                    int mass = LeadingMass.byId(m.getMass()).ordinal();
                    for (int k = 0; k < m.getObserved().size(); k++) {
                        spectra[m.getTier()][mass][k] = m.getObserved().get(k);
                    }
                }
                actualSpectra.put(slot(s), spectra);
            }
        }
        assertThat(seen).as("one summary per window and key").doesNotHaveDuplicates();
        assertThat(actual.keySet()).as("a summary for every window and key of the scored events")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((slot, counts) -> assertThat(actual.get(slot)).as("per-tier counts of " + slot)
                .containsExactly(counts[0], counts[1], counts[2], counts[3]));
        expectedSpectra.forEach((slot, spectra) -> assertThat(actualSpectra.get(slot)).as("mass spectra of " + slot)
                .isDeepEqualTo(spectra));
        return expected.size();
    }

    private static long[][][] newSpectra() {
        long[][][] spectra = new long[LEVELS][LeadingMass.values().length][];
        for (long[][] level : spectra) {
            for (LeadingMass m : LeadingMass.values()) {
                level[m.ordinal()] = new long[m.slots()];
            }
        }
        return spectra;
    }

    private static void countMasses(long[][][] spectra, ScoredEvent event) {
        for (LeadingMass m : LeadingMass.values()) {
            int slot = m.slot(m.of(event));
            for (int i = 0; slot >= 0 && i <= Math.min(event.getTier(), LEVELS - 1); i++) {
                spectra[i][m.ordinal()][slot]++;
            }
        }
    }

    private static void count(Map<String, long[]> expected, String slot, int tier) {
        long[] counts = expected.computeIfAbsent(slot, s -> new long[LEVELS]);
        for (int i = 0; i <= Math.min(tier, LEVELS - 1); i++) {
            counts[i]++;
        }
    }

    private static Set<String> slots(List<ConsumerRecord<String, WindowSummary>> records, boolean allKeys) {
        Set<String> slots = new HashSet<>();
        for (ConsumerRecord<String, WindowSummary> record : records) {
            if (allKeys || record.value().getKeyType() == WindowKeyType.ALL) {
                slots.add(slot(record.value()));
            }
        }
        return slots;
    }

    private static String slot(WindowSummary s) {
        return s.getWindowStartMs() + "|" + s.getKeyType() + ":" + s.getKey();
    }
}
