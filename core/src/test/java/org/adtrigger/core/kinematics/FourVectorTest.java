package org.adtrigger.core.kinematics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FourVectorTest {

    @Test
    void detectorCoordinatesRoundTrip() {
        FourVector v = FourVector.ofPtEtaPhiE(50.0, 1.2, -2.0, 100.0);
        assertThat(v.pt()).isCloseTo(50.0, within(1e-12));
        assertThat(v.eta()).isCloseTo(1.2, within(1e-12));
        assertThat(v.phi()).isCloseTo(-2.0, within(1e-12));
        // pz = 50 sinh(1.2) = 75.473...
        assertThat(v.pz()).isCloseTo(50.0 * Math.sinh(1.2), within(1e-12));
    }

    @Test
    void masslessRapidityEqualsPseudorapidity() {
        FourVector v = FourVector.ofPtEtaPhiM(30.0, -0.7, 0.3, 0.0);
        assertThat(v.rapidity()).isCloseTo(-0.7, within(1e-12));
        assertThat(v.mass()).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void massiveRapidityHandComputed() {
        // px=3, py=4 (pT=5), pz=12, E=14: y = 0.5 ln(26/2) = 0.5 ln 13 = 1.282475...
        FourVector v = new FourVector(3, 4, 12, 14);
        assertThat(v.rapidity()).isCloseTo(0.5 * Math.log(13.0), within(1e-12));
        // m² = 196 - 169 = 27; E_T = 14 * 5 / 13
        assertThat(v.mass()).isCloseTo(Math.sqrt(27.0), within(1e-12));
        assertThat(v.et()).isCloseTo(70.0 / 13.0, within(1e-12));
    }

    @Test
    void negativeMassSquaredGivesNegativeSignedMass() {
        FourVector v = new FourVector(0, 0, 5, 4);
        assertThat(v.mass()).isCloseTo(-3.0, within(1e-12));
    }

    @Test
    void twoBodyDecayAtRestThenBoostedKeepsParentMass() {
        double m = 91.1876;
        FourVector d1 = FourVector.ofMomentumAndAngles(m / 2, 0.3, 1.1, 0.0);
        FourVector d2 = new FourVector(-d1.px(), -d1.py(), -d1.pz(), d1.e());
        FourVector parent = FourVector.ofPtEtaPhiM(120.0, 0.8, 2.5, m);
        FourVector l1 = d1.boostedBy(parent);
        FourVector l2 = d2.boostedBy(parent);
        FourVector sum = l1.plus(l2);
        assertThat(sum.mass()).isCloseTo(m, within(1e-9));
        assertThat(sum.px()).isCloseTo(parent.px(), within(1e-9));
        assertThat(sum.pz()).isCloseTo(parent.pz(), within(1e-9));
        assertThat(sum.e()).isCloseTo(parent.e(), within(1e-9));
    }

    @Test
    void deltaPhiWrapsAndDeltaRHandComputed() {
        assertThat(Kinematics.deltaPhi(3.0, -3.0)).isCloseTo(6.0 - 2 * Math.PI, within(1e-12));
        // Δη = 0.3, Δφ = 0.4 → ΔR = 0.5
        assertThat(Kinematics.deltaR(1.0, 0.1, 0.7, -0.3)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void transverseMassBackToBackMasslessIsTwiceSqrtProduct() {
        // lepton pT 40 along x, MET 40 along -x: m_T = 2*40 = 80 (massless lepton, E_T = pT)
        assertThat(Kinematics.transverseMass(40.0, 40.0, 0.0, 40.0, Math.PI)).isCloseTo(80.0, within(1e-9));
        // collinear: m_T = 0
        assertThat(Kinematics.transverseMass(40.0, 40.0, 0.0, 30.0, 0.0)).isEqualTo(0.0);
    }
}
