package org.adtrigger.core.selection;

import static org.adtrigger.core.selection.TestEvents.electron;
import static org.adtrigger.core.selection.TestEvents.jet;
import static org.adtrigger.core.selection.TestEvents.muon;
import static org.adtrigger.core.selection.TestEvents.notTight;
import static org.adtrigger.core.selection.TestEvents.object;
import static org.adtrigger.core.selection.TestEvents.withBtag;
import static org.adtrigger.core.selection.TestEvents.withIsolation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObjectSelectorTest {

    private final SelectionCounters counters = new SelectionCounters();

    private List<PhysObject> select(ObjectSelectionConfig config, PhysObject... objects) {
        return new ObjectSelector(config).select(List.of(objects), counters);
    }

    private List<PhysObject> select(PhysObject... objects) {
        return select(ObjectSelectionConfig.DEFAULT, objects);
    }

    private void assertSingleRejection(ObjectRejection reason) {
        assertThat(counters.snapshot().rejectedObjects()).containsEntry(reason, 1L);
        assertThat(counters.snapshot().rejectedObjects().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(1L);
    }

    @ParameterizedTest(name = "{0} pT {1} eta {2} -> {3}")
    @CsvSource({
        "ELECTRON, 10.01, 0.0,   ",
        "ELECTRON, 10.0,  0.0,   PT",
        "ELECTRON, 9.99,  0.0,   PT",
        "ELECTRON, 30,    2.46,  ",
        "ELECTRON, 30,    -2.48, ETA",
        "MUON,     10.01, 0.0,   ",
        "MUON,     9.99,  0.0,   PT",
        "MUON,     30,    -2.49, ",
        "MUON,     30,    2.51,  ETA",
        "PHOTON,   20.01, 0.0,   ",
        "PHOTON,   19.99, 0.0,   PT",
        "PHOTON,   30,    2.36,  ",
        "PHOTON,   30,    2.38,  ETA",
        "JET,      20.01, 0.0,   ",
        "JET,      19.99, 0.0,   PT",
        "JET,      30,    2.79,  ",
        "JET,      30,    -2.81, ETA",
        "BJET,     20.01, 2.79,  ",
        "BJET,     19.99, 0.0,   PT",
    })
    void kinematicBoundaries(ObjectType type, double pt, double eta, ObjectRejection expected) {
        List<PhysObject> good = select(object(type, pt, eta, 0.0));
        if (expected == null) {
            assertThat(good).hasSize(1);
            assertThat(counters.snapshot().rejectedObjects().values()).containsOnly(0L);
        } else {
            assertThat(good).isEmpty();
            assertSingleRejection(expected);
        }
    }

    @ParameterizedTest(name = "{0} ptcone30 {1} etcone20 {2} -> {3}")
    @CsvSource({
        "ELECTRON, 2.98, 2.98, ",
        "ELECTRON, 3.02, 0.0,  TRACK_ISOLATION",
        "ELECTRON, 0.0,  3.02, CALO_ISOLATION",
        "MUON,     2.98, 2.98, ",
        "MUON,     3.02, 0.0,  TRACK_ISOLATION",
        "MUON,     0.0,  3.02, CALO_ISOLATION",
        "PHOTON,   3.02, 0.0,  TRACK_ISOLATION",
        "PHOTON,   0.0,  3.02, CALO_ISOLATION",
        "JET,      50.0, 50.0, ",
    })
    void relativeIsolationAtFifteenPercent(ObjectType type, double ptcone30, double etcone20,
            ObjectRejection expected) {
        // pT = 20.1 GeV: 15 % is 3.015 GeV, so the cones sit just below and just above the limit.
        List<PhysObject> good = select(withIsolation(object(type, 20.1, 0.0, 0.0), ptcone30, etcone20));
        if (expected == null) {
            assertThat(good).hasSize(1);
        } else {
            assertThat(good).isEmpty();
            assertSingleRejection(expected);
        }
    }

    @Test
    void disabledIsolationIgnoresUndefinedCones() {
        assertThat(select(withIsolation(jet(30, 0, 0), Double.NaN, Double.NaN))).hasSize(1);
        assertThat(select(withIsolation(electron(30, 0, 0), Double.NaN, 0.0))).isEmpty();
    }

    @Test
    void tightIdRequiredForLeptonsAndPhotonsOnly() {
        assertThat(select(notTight(electron(30, 0, 0)))).isEmpty();
        assertThat(select(notTight(muon(30, 0, 0)))).isEmpty();
        assertThat(select(notTight(object(ObjectType.PHOTON, 30, 0, 0)))).isEmpty();
        assertThat(counters.snapshot().rejectedObjects()).containsEntry(ObjectRejection.NOT_TIGHT, 3L);
        assertThat(select(notTight(jet(30, 0, 0)))).hasSize(1);
    }

    @Test
    void tausDroppedByDefaultAndKeptOnRequest() {
        PhysObject tau = object(ObjectType.TAU, 40, 0.3, 0.0);
        assertThat(select(tau)).isEmpty();
        assertSingleRejection(ObjectRejection.TAU_DROPPED);
        assertThat(select(ObjectSelectionConfig.DEFAULT.withKeepTaus(true), tau)).containsExactly(tau);
    }

    @Test
    void bTagWorkingPointRelabelsJetsInclusiveAtTheWorkingPoint() {
        ObjectSelectionConfig wp = ObjectSelectionConfig.DEFAULT.withBTagWorkingPoint(OptionalDouble.of(0.7));
        PhysObject atWp = withBtag(jet(30, 0, -2), 0.7);
        PhysObject below = withBtag(object(ObjectType.BJET, 30, 0, 0), 0.69);
        PhysObject above = withBtag(jet(30, 0, 2), 0.95);

        List<PhysObject> good = select(wp, atWp, below, above);

        assertThat(good).extracting(PhysObject::getType)
                .containsExactly(ObjectType.BJET, ObjectType.JET, ObjectType.BJET);
        assertThat(good.get(0).getPt()).isEqualTo(atWp.getPt());
        assertThat(atWp.getType()).as("input not modified").isEqualTo(ObjectType.JET);
        assertThat(below.getType()).as("input not modified").isEqualTo(ObjectType.BJET);
    }

    @Test
    void withoutWorkingPointInputLabelsAreKept() {
        PhysObject taggedButJet = withBtag(jet(30, 0, 0), 0.99);
        PhysObject untaggedBjet = withBtag(object(ObjectType.BJET, 30, 0, 2), 0.01);
        assertThat(select(taggedButJet, untaggedBjet)).containsExactly(taggedButJet, untaggedBjet);
    }

    @Test
    void jetOnTopOfElectronIsRemovedAndElectronKept() {
        PhysObject e = electron(40, 1.0, 0.5);
        PhysObject j = jet(42, 1.0 + 0.19, 0.5);
        assertThat(select(e, j)).containsExactly(e);
        assertSingleRejection(ObjectRejection.OVERLAP);
    }

    @Test
    void electronNearJetBetweenTheTwoConesIsRemovedAndJetKept() {
        PhysObject e = electron(40, 1.0, 0.5);
        PhysObject j = jet(42, 1.0 + 0.21, 0.5);
        assertThat(select(e, j)).containsExactly(j);
    }

    @Test
    void leptonsBeyondTheLeptonJetConeSurvive() {
        PhysObject e = electron(40, 0.0, 0.0);
        PhysObject m = muon(40, 0.0, 1.0);
        PhysObject j = jet(42, 0.0, 0.5 - 0.01);
        assertThat(select(e, m, j)).containsExactly(e, m, j);
        PhysObject closer = jet(42, 0.0, 0.5 - 0.11);
        assertThat(select(e, m, closer)).containsExactly(m, closer);
    }

    @Test
    void muonInsideJetIsRemovedNotTheJet() {
        PhysObject m = muon(40, 0.0, 0.0);
        PhysObject j = jet(60, 0.05, 0.05);
        assertThat(select(m, j)).containsExactly(j);
    }

    @Test
    void overlapUsesAzimuthWrappedAcrossPi() {
        PhysObject e = electron(40, 0.0, 3.10);
        PhysObject j = jet(42, 0.0, -3.10);
        assertThat(select(e, j)).containsExactly(e);
    }

    @Test
    void photonNearLeptonRemovedThenJetNearSurvivingPhotonRemoved() {
        PhysObject e = electron(40, 0.0, 0.0);
        PhysObject photonOnElectron = object(ObjectType.PHOTON, 35, 0.0, 0.3);
        PhysObject photon = object(ObjectType.PHOTON, 50, 0.0, 2.0);
        PhysObject jetOnPhoton = jet(52, 0.0, 2.3);
        assertThat(select(e, photonOnElectron, photon, jetOnPhoton)).containsExactly(e, photon);
        assertThat(counters.snapshot().rejectedObjects()).containsEntry(ObjectRejection.OVERLAP, 2L);
    }

    @Test
    void objectFailingItsCutsCannotRemoveAnother() {
        PhysObject nonIsolated = withIsolation(electron(40, 0.0, 0.0), 20.0, 0.0);
        PhysObject j = jet(42, 0.05, 0.0);
        assertThat(select(nonIsolated, j)).containsExactly(j);
    }

    @Test
    void withoutOverlapRulesOverlappingObjectsStay() {
        PhysObject e = electron(40, 0.0, 0.0);
        PhysObject j = jet(42, 0.0, 0.0);
        assertThat(select(ObjectSelectionConfig.DEFAULT.withOverlapRules(List.of()), e, j)).containsExactly(e, j);
    }

    @Test
    void customCutReplacesDefault() {
        ObjectSelectionConfig hardJets = ObjectSelectionConfig.DEFAULT
                .withCut(ObjectType.JET, ObjectCut.kinematic(50.0, 2.5));
        assertThat(select(hardJets, jet(45, 0, 0))).isEmpty();
        assertThat(select(hardJets, object(ObjectType.BJET, 45, 0, 0))).hasSize(1);
    }
}
