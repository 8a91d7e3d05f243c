package org.adtrigger.ingest.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;
import org.junit.jupiter.api.Test;

/** The ADFilter ntuple layout and the shared mapper, fed arrays instead of a ROOT file. */
class AdFilterMappingTest {

    @Test
    void mapsEveryCollectionWithEnergiesFromMassesAndTheFirstWeight() throws IOException {
        EventChunk chunk = map(threeEvents());
        assertThat(chunk.records()).isEqualTo(3);
        assertThat(chunk.events()).hasSize(2);
        Event first = chunk.events().get(0);
        assertThat(first.getObjects()).extracting(PhysObject::getType).containsExactly(ObjectType.JET,
                ObjectType.JET, ObjectType.BJET, ObjectType.ELECTRON, ObjectType.PHOTON);
        PhysObject jet = first.getObjects().get(0);
        assertThat(jet.getPt()).isEqualTo(100f);
        assertThat((double) jet.getE()).isCloseTo(Math.sqrt(100 * 100 + 10 * 10), within(1e-4));
        assertThat(jet.getTightId()).isFalse();
        PhysObject secondJet = first.getObjects().get(1);
        assertThat((double) secondJet.getE()).isCloseTo(Math.sqrt(Math.pow(50 * Math.cosh(1), 2) + 25), within(1e-3));
        PhysObject electron = first.getObjects().get(3);
        assertThat((double) electron.getE()).isCloseTo(40 * Math.cosh(0.5), within(1e-4));
        assertThat(electron.getTightId()).isTrue();
        assertThat(electron.getCharge()).isZero();
        assertThat(first.getObjects().get(4).getE()).isEqualTo(31f);
        assertThat(first.getMetEt()).isEqualTo(55f);
        assertThat(first.getMetPhi()).isEqualTo(0.3f);
        assertThat(first.getWeight()).isEqualTo(0.5);
        assertThat(first.getSample()).isEqualTo("zprime");
        assertThat(first.getRun()).isZero();
        assertThat(first.getEventNumber()).isEqualTo(100L);
        assertThat(chunk.events().get(1).getObjects()).isEmpty();
        assertThat(chunk.events().get(1).getEventNumber()).isEqualTo(101L);
    }

    @Test
    void anEntryWhoseColumnsDisagreeIsReportedByEntryAndTheOthersKept() throws IOException {
        EventChunk chunk = map(threeEvents());
        assertThat(chunk.bad()).hasSize(1);
        assertThat(chunk.bad().get(0).toString())
                .isEqualTo("zprime.root entry 102: EL_eta has 0 values where the group has 1 objects");
    }

    @Test
    void aNonFiniteValueNamesTheColumnAndObject() throws IOException {
        Map<String, Values> columns = threeEvents();
        columns.put("JET_phi", Values.jagged(new int[] {2, 0, 0}, 0, Double.NaN));
        EventChunk chunk = map(columns);
        assertThat(chunk.bad()).extracting(BadRecord::toString).first()
                .isEqualTo("zprime.root entry 100: JET_pt[1] phi is NaN");
    }

    private static EventChunk map(Map<String, Values> columns) throws IOException {
        NtupleLayout layout = new AdFilterNtuple().layout("zprime.root", columns.keySet(), IngestOptions.DEFAULTS);
        return new NtupleEventMapper(layout).map(ArrayBlock.entries("zprime.root", 100, 3, columns));
    }

    /** Entry 100 with every collection, 101 empty, 102 with an electron missing its η. */
    private static Map<String, Values> threeEvents() {
        Map<String, Values> c = new LinkedHashMap<>();
        int[] twoJets = {2, 0, 0};
        c.put("JET_pt", Values.jagged(twoJets, 100, 50));
        c.put("JET_eta", Values.jagged(twoJets, 0, 1));
        c.put("JET_phi", Values.jagged(twoJets, 0, 1));
        c.put("JET_mass", Values.jagged(twoJets, 10, 5));
        int[] oneFirst = {1, 0, 0};
        c.put("bJET_pt", Values.jagged(oneFirst, 60));
        c.put("bJET_eta", Values.jagged(oneFirst, 0.5));
        c.put("bJET_phi", Values.jagged(oneFirst, -1));
        c.put("bJET_mass", Values.jagged(oneFirst, 5));
        c.put("EL_pt", Values.jagged(new int[] {1, 0, 1}, 40, 30));
        c.put("EL_eta", Values.jagged(oneFirst, 0.5));
        c.put("EL_phi", Values.jagged(new int[] {1, 0, 1}, 2, 1));
        int[] none = {0, 0, 0};
        c.put("MU_pt", Values.jagged(none));
        c.put("MU_eta", Values.jagged(none));
        c.put("MU_phi", Values.jagged(none));
        c.put("PH_pt", Values.jagged(oneFirst, 30));
        c.put("PH_eta", Values.jagged(oneFirst, 0.1));
        c.put("PH_phi", Values.jagged(oneFirst, 0));
        c.put("PH_e", Values.jagged(oneFirst, 31));
        int[] one = {1, 1, 1};
        c.put("MET_met", Values.jagged(one, 55, 10, 20));
        c.put("MET_eta", Values.jagged(one, 0, 0, 0));
        c.put("MET_phi", Values.jagged(one, 0.3, 1, 2));
        c.put("Evt_Weight", Values.jagged(new int[] {2, 2, 2}, 0.5, 1, 0.7, 1, 0.9, 1));
        return c;
    }
}
