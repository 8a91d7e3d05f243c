package org.adtrigger.core.kinematics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TwoBodyKinematicsTest {

    @Test
    void twoBodyMomentumHandComputed() {
        // massless daughters share the parent mass equally
        assertThat(Kinematics.twoBodyMomentum(91.0, 0.0, 0.0)).isCloseTo(45.5, within(1e-12));
        // one massless daughter: p* = (M² − m1²) / 2M = (25 − 9) / 10
        assertThat(Kinematics.twoBodyMomentum(5.0, 3.0, 0.0)).isCloseTo(1.6, within(1e-12));
        // general case: √((100 − 49)(100 − 1)) / 20 = √5049 / 20
        assertThat(Kinematics.twoBodyMomentum(10.0, 3.0, 4.0)).isCloseTo(Math.sqrt(5049.0) / 20.0, within(1e-12));
    }

    @Test
    void twoBodyMomentumIsZeroAtAndBelowThreshold() {
        assertThat(Kinematics.twoBodyMomentum(7.0, 3.0, 4.0)).isZero();
        assertThat(Kinematics.twoBodyMomentum(6.0, 3.0, 4.0)).isZero();
    }

    @Test
    void rapidityConstructorHandComputed() {
        // pT = 3, m = 4 → m_T = 5; y = ln 2 → cosh y = 1.25, sinh y = 0.75
        FourVector v = FourVector.ofPtRapidityPhiM(3.0, Math.log(2.0), 0.0, 4.0);
        assertThat(v.px()).isCloseTo(3.0, within(1e-12));
        assertThat(v.py()).isCloseTo(0.0, within(1e-12));
        assertThat(v.pz()).isCloseTo(3.75, within(1e-12));
        assertThat(v.e()).isCloseTo(6.25, within(1e-12));
        assertThat(v.rapidity()).isCloseTo(Math.log(2.0), within(1e-12));
        assertThat(v.mass()).isCloseTo(4.0, within(1e-12));
    }

    @Test
    void minusUndoesPlus() {
        FourVector a = new FourVector(1, 2, 3, 10);
        FourVector b = new FourVector(-4, 0.5, 2, 7);
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.minus(b)).isEqualTo(new FourVector(5, 1.5, 1, 3));
    }
}
