package org.adtrigger.core.rmm;

import static org.adtrigger.core.rmm.RmmFixtures.assertCell;
import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The options of RmmOptions on the six-object event in T5N10 (MET 0 | j1 1, j2 2 | b1 11 | mu1 21 |
 * e1 31, e2 32). Expected values: core/src/test/python/rmm_reference.py.
 */
class RmmBuilderOptionsTest {
    private static final RmmLayout LAYOUT = RmmLayout.T5N10;
    private static final int J1 = 1;
    private static final int J2 = 2;
    private static final int B1 = 11;
    private static final int MU1 = 21;
    private static final int E1 = 31;
    private static final int E2 = 32;

    @Test
    void metBelowThirtyGevZeroesTheCornerAndTheWholeFirstRow() {
        float[] rmm = RmmFixtures.build(LAYOUT, RmmOptions.DEFAULTS, RmmFixtures.sixObjects(29.5f));
        for (int col = 0; col < LAYOUT.size(); col++) {
            assertThat(rmm[LAYOUT.cellIndex(0, col)]).as(LAYOUT.cellName(0, col)).isZero();
        }
        SoftAssertions soft = new SoftAssertions();
        // the rest does not depend on MET: 0.15·(cosh y_j1 − 1) and E_T,j1/√s as with MET = 85 GeV
        assertCell(soft, LAYOUT, rmm, J1, 0, 0.01853911897389715);
        assertCell(soft, LAYOUT, rmm, J1, J1, 0.016372040934832133);
        soft.assertAll();
    }

    @Test
    void metOfExactlyThirtyGevIsKept() {
        float[] rmm = RmmFixtures.build(LAYOUT, RmmOptions.DEFAULTS, RmmFixtures.sixObjects(30.0f));
        SoftAssertions soft = new SoftAssertions();
        assertCell(soft, LAYOUT, rmm, 0, 0, 0.002307692307692308); // 30/13000
        soft.assertThat(rmm[LAYOUT.cellIndex(0, J1)]).as("mT(j1)").isPositive();
        soft.assertAll();
    }

    @Test
    void withoutMetPhiOnlyTheTransverseMassCellsOfTheFirstRowAreZero() {
        float[] with = RmmFixtures.build(LAYOUT, RmmOptions.DEFAULTS, RmmFixtures.sixObjects(RmmFixtures.MET));
        org.adtrigger.schema.Event noPhi = RmmFixtures.sixObjects(RmmFixtures.MET);
        noPhi.setMetPhi(Float.NaN);
        float[] without = RmmFixtures.build(LAYOUT, RmmOptions.DEFAULTS.withMetPhi(false), noPhi);
        // an event that has φ gives the same cells to a model trained without it
        float[] phiIgnored = RmmFixtures.build(LAYOUT, RmmOptions.DEFAULTS.withMetPhi(false),
                RmmFixtures.sixObjects(RmmFixtures.MET));

        assertThat(without).containsExactly(phiIgnored);
        for (int cell = 0; cell < LAYOUT.cells(); cell++) {
            boolean transverseMass = cell > 0 && cell < LAYOUT.size();
            if (transverseMass) {
                assertThat(without[cell]).as(LAYOUT.cellName(0, cell)).isZero();
            } else {
                assertThat(without[cell]).as("cell %d", cell).isEqualTo(with[cell]);
            }
        }
        assertThat(with[LAYOUT.cellIndex(0, J1)]).as("mT(j1) with phi").isPositive();
        assertThat(without[0]).isEqualTo((float) (RmmFixtures.MET / 13000.0));
    }

    @Test
    void anEventWithoutMetPhiIsRefusedByOptionsThatUseIt() {
        org.adtrigger.schema.Event noPhi = RmmFixtures.sixObjects(RmmFixtures.MET);
        noPhi.setMetPhi(Float.NaN);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> RmmFixtures.build(LAYOUT, RmmOptions.DEFAULTS, noPhi))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no E_T^miss azimuth");
    }

    @Test
    void thresholdZeroKeepsSmallMet() {
        RmmOptions options = RmmOptions.DEFAULTS.withMetThreshold(0.0);
        float[] rmm = RmmFixtures.build(LAYOUT, options, RmmFixtures.sixObjects(29.5f));
        SoftAssertions soft = new SoftAssertions();
        assertCell(soft, LAYOUT, rmm, 0, 0, 0.002269230769230769); // 29.5/13000
        soft.assertAll();
    }

    @Test
    void sqrtSScalesEnergiesAndMasses() {
        RmmOptions options = RmmOptions.DEFAULTS.withSqrtS(14000.0);
        float[] rmm = RmmFixtures.build(LAYOUT, options, RmmFixtures.sixObjects(RmmFixtures.MET));
        SoftAssertions soft = new SoftAssertions();
        assertCell(soft, LAYOUT, rmm, 0, 0, 85.0 / 14000.0);
        assertCell(soft, LAYOUT, rmm, J1, J2, 360.7163886051981 / 14000.0); // m(j1,j2) in GeV / √s
        soft.assertAll();
    }

    @Test
    void fullAngleLowerTriangleAsInThePapers() {
        RmmOptions options = RmmOptions.DEFAULTS.withHalfAngle(false);
        float[] rmm = RmmFixtures.build(LAYOUT, options, RmmFixtures.sixObjects(RmmFixtures.MET));
        SoftAssertions soft = new SoftAssertions();
        // 0.15·(cosh(Δy) − 1): within jets, within electrons, muon-electron and b-jet-electron
        assertCell(soft, LAYOUT, rmm, J2, J1, 0.28036934815397);
        assertCell(soft, LAYOUT, rmm, E2, E1, 1.1259459024817164);
        assertCell(soft, LAYOUT, rmm, E1, MU1, 0.13273588813149934);
        assertCell(soft, LAYOUT, rmm, E2, B1, 3.268983687601482);
        // first column and masses do not change
        assertCell(soft, LAYOUT, rmm, J1, 0, 0.01853911897389715);
        assertCell(soft, LAYOUT, rmm, J1, J2, 0.027747414508092164);
        soft.assertAll();
    }

    @Test
    void thesisConventionCellsAreInGevWithoutMetInTheFirstRow() {
        RmmOptions options = RmmOptions.DEFAULTS.withConvention(RmmConvention.THESIS);
        float[] rmm = RmmFixtures.build(LAYOUT, options, RmmFixtures.sixObjects(RmmFixtures.MET));
        SoftAssertions soft = new SoftAssertions();
        assertCell(soft, LAYOUT, rmm, 0, 0, 85.0);                     // MET in GeV
        assertCell(soft, LAYOUT, rmm, 0, J1, 213.60026217756354);      // √(pT² + m²) of j1, no MET
        assertCell(soft, LAYOUT, rmm, 0, J2, 98.59066100066794);       // √(pT² + m²) of j2
        assertCell(soft, LAYOUT, rmm, 0, E2, 36.59711801757368);       // √(pT² + m²) of e2
        assertCell(soft, LAYOUT, rmm, J1, J1, 213.60026217756354);     // E_T = √(pT² + m²), GeV
        assertCell(soft, LAYOUT, rmm, J2, J2, 0.37479541734860883);    // (210 − 95.5)/(210 + 95.5), on pT
        assertCell(soft, LAYOUT, rmm, E2, E2, 0.5757575757575758);     // (130 − 35)/(130 + 35)
        assertCell(soft, LAYOUT, rmm, J1, J2, 360.7163886051981);      // m(j1,j2) in GeV
        assertCell(soft, LAYOUT, rmm, MU1, E1, 171.5012567955878);     // m(mu1,e1) in GeV
        assertCell(soft, LAYOUT, rmm, J1, 0, 0.01853911897389715);     // 0.15·(cosh y − 1), unchanged
        assertCell(soft, LAYOUT, rmm, J2, J1, 0.05863293390916918);    // 0.15·(cosh(Δy/2) − 1), unchanged
        soft.assertAll();
    }

    @Test
    void thesisFirstRowDoesNotDependOnMet() {
        RmmOptions options = RmmOptions.DEFAULTS.withConvention(RmmConvention.THESIS);
        float[] rmm = RmmFixtures.build(LAYOUT, options, RmmFixtures.sixObjects(29.5f));
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(rmm[0]).as("MET below threshold").isZero();
        assertCell(soft, LAYOUT, rmm, 0, J1, 213.60026217756354);
        soft.assertAll();
    }
}
