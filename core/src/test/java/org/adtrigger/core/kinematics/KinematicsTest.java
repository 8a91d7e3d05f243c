package org.adtrigger.core.kinematics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KinematicsTest {

    @Test
    void transverseMassOfOneObjectIsSqrtOfPtSquaredPlusMassSquared() {
        // px=3, py=4, pz=12, E=14: pT² + m² = 25 + 27 = 52 = E² − pz² → √52 = 7.211102550927978
        assertThat(Kinematics.transverseMass(14.0, 12.0)).isCloseTo(7.211102550927978, within(1e-12));
        // massless along the beam, and smeared past it: not positive → 0
        assertThat(Kinematics.transverseMass(5.0, 5.0)).isZero();
        assertThat(Kinematics.transverseMass(4.0, -5.0)).isZero();
    }

    @Test
    void rapidityOrEtaUsesTrueRapidityWhenDefined() {
        // y = ½ ln((14 + 12)/(14 − 12)) = ½ ln 13 = 1.2824746787307684; the η argument is ignored
        assertThat(Kinematics.rapidityOrEta(14.0, 12.0, 9.9)).isCloseTo(1.2824746787307684, within(1e-12));
    }

    @Test
    void rapidityOrEtaFallsBackToEtaWhenEnergyDoesNotExceedPz() {
        // pT=40, η=2: pz = 40 sinh 2 = 145.07 > E = 140 (smeared): y undefined → η
        assertThat(Kinematics.rapidityOrEta(140.0, 40.0 * Math.sinh(2.0), 2.0)).isEqualTo(2.0);
        assertThat(Kinematics.rapidityOrEta(5.0, 5.0, 1.5)).isEqualTo(1.5);
        assertThat(Kinematics.rapidityOrEta(5.0, -5.0, -1.5)).isEqualTo(-1.5);
    }
}
