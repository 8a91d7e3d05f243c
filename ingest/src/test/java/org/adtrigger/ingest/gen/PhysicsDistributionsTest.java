package org.adtrigger.ingest.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;
import org.junit.jupiter.api.Test;

/** The generated physics: resonance peaks, missing energy, flavour tagging, charges and isolation. */
class PhysicsDistributionsTest {

    @Test
    void zToElectronsPeaksAtTheZMass() {
        double[] masses = Generated.events("zee", 40_000, 11).stream().mapToDouble(Generated::opposite)
                .filter(m -> !Double.isNaN(m)).toArray();

        assertThat(masses.length).isGreaterThan(15_000);
        assertThat(Generated.peak(masses, 70, 110, 0.5, 3.0)).isCloseTo(91.19, within(0.5));
    }

    @Test
    void zPrimePeaksAtItsMass() {
        double[] masses = Generated.events("zprime", 10_000, 12).stream().mapToDouble(Generated::opposite)
                .filter(m -> !Double.isNaN(m)).toArray();
        double[] heavier = Generated.events("zprime:3000", 10_000, 12).stream().mapToDouble(Generated::opposite)
                .filter(m -> !Double.isNaN(m)).toArray();

        assertThat(Generated.peak(masses, 1000, 3000, 20, 100)).isCloseTo(2000, within(40.0));
        assertThat(Generated.peak(heavier, 2000, 4000, 30, 150)).isCloseTo(3000, within(60.0));
    }

    @Test
    void higgsToFourLeptonsPeaksAt125() {
        double[] masses = Generated.events("h4l", 20_000, 13).stream().map(Generated::leptons)
                .filter(l -> l.size() == 4).mapToDouble(Generated::mass).toArray();

        assertThat(masses.length).isGreaterThan(3_000);
        assertThat(Generated.peak(masses, 100, 150, 0.5, 3.0)).isCloseTo(125.25, within(1.0));
    }

    @Test
    void topPairsHaveMoreMissingEnergyThanZPlusJets() {
        double ttbar = Generated.meanMet(Generated.events("ttbar", 5_000, 14));
        double zjets = Generated.meanMet(Generated.events("zee,zmumu", 5_000, 14));

        assertThat(zjets).isBetween(5.0, 30.0);
        assertThat(ttbar).isBetween(55.0, 100.0);
    }

    @Test
    void wTransverseMassHasItsJacobianEdgeAtTheWMass() {
        double[] mt = Generated.events("wjets", 30_000, 19).stream()
                .filter(e -> Generated.leptons(e).size() == 1)
                .mapToDouble(e -> Generated.momentum(Generated.leptons(e).get(0))
                        .transverseMass(e.getMetEt(), e.getMetPhi()))
                .toArray();
        double nearEdge = java.util.Arrays.stream(mt).filter(m -> m > 60 && m < 90).count() / (double) mt.length;
        double beyond = java.util.Arrays.stream(mt).filter(m -> m > 100).count() / (double) mt.length;

        assertThat(Generated.peak(mt, 40, 120, 2.0, 4.0)).isBetween(70.0, 82.0);
        assertThat(nearEdge).isGreaterThan(0.4);
        assertThat(beyond).isLessThan(0.05);
    }

    @Test
    void topPairsContainBJetsAndZEventsRarelyDo() {
        List<Event> ttbar = Generated.events("ttbar", 5_000, 15);
        double withB = ttbar.stream().filter(e -> Generated.count(e, ObjectType.BJET) > 0).count()
                / (double) ttbar.size();
        double bPerZ = Generated.events("zee", 5_000, 15).stream()
                .mapToLong(e -> Generated.count(e, ObjectType.BJET)).sum() / 5_000.0;

        assertThat(withB).isBetween(0.7, 0.95);
        assertThat(bPerZ).isLessThan(0.01);
        assertThat(ttbar.stream().flatMap(e -> e.getObjects().stream()).filter(o -> o.getType() == ObjectType.BJET))
                .allSatisfy(b -> assertThat(b.getBtag()).isGreaterThan((float) BTagging.WORKING_POINT));
    }

    @Test
    void zLeptonPairsHaveOppositeChargesAndMajoranaNeutrinosGiveSameSignHalfTheTime() {
        assertThat(Generated.events("zee,zmumu", 4_000, 16).stream().map(Generated::leptons)
                .filter(l -> l.size() == 2)).allSatisfy(l -> assertThat(l.get(0).getCharge() * l.get(1).getCharge())
                .isEqualTo(-1));

        List<List<PhysObject>> pairs = Generated.events("wr", 4_000, 16).stream().map(Generated::leptons)
                .filter(l -> l.size() == 2).toList();
        double sameSign = pairs.stream().filter(l -> l.get(0).getCharge() == l.get(1).getCharge()).count()
                / (double) pairs.size();
        assertThat(sameSign).isBetween(0.4, 0.6);
    }

    @Test
    void promptLeptonsAreIsolatedAndNonPromptOnesAreNot() {
        double zIsolation = Generated.events("zee", 4_000, 17).stream().flatMap(e -> Generated.leptons(e).stream())
                .mapToDouble(l -> l.getPtcone30() / l.getPt()).average().orElseThrow();
        long nonIsolatedW = Generated.events("wjets", 20_000, 17).stream()
                .filter(e -> Generated.leptons(e).stream().anyMatch(l -> l.getPtcone30() > 0.15 * l.getPt()))
                .count();

        assertThat(zIsolation).isLessThan(0.03);
        // 10 % of W events carry a non-prompt lepton, of which the reconstructed and non-isolated part
        assertThat(nonIsolatedW / 20_000.0).isBetween(0.02, 0.10);
    }

    @Test
    void trileptonSignalHasThreeLeptonsAndLargeMissingEnergy() {
        for (String point : List.of("c1n2_450_300", "c1n2_800_50")) {
            List<Event> events = Generated.events(point, 4_000, 18);
            double threeLeptons = events.stream().filter(e -> Generated.leptons(e).size() >= 3).count()
                    / (double) events.size();
            assertThat(threeLeptons).as(point).isGreaterThan(0.4);
        }
        assertThat(Generated.meanMet(Generated.events("c1n2_800_50", 4_000, 18)))
                .isGreaterThan(Generated.meanMet(Generated.events("c1n2_450_300", 4_000, 18)));
    }
}
