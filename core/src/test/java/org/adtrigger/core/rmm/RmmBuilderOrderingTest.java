package org.adtrigger.core.rmm;

import static org.adtrigger.core.rmm.RmmFixtures.assertCell;
import static org.adtrigger.core.rmm.RmmFixtures.event;
import static org.adtrigger.core.rmm.RmmFixtures.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which objects land where (pT order, ties, truncation) and the edge cases of unphysical inputs. */
class RmmBuilderOrderingTest {
    private static final RmmOptions DEFAULTS = RmmOptions.DEFAULTS;

    private static PhysObject jet(float pt, float eta, float phi, float e) {
        return object(ObjectType.JET, pt, eta, phi, e);
    }

    /** Central massless jets along x (η = φ = 0, E = pT): E_T = pT, y = 0 and every pair mass is 0. */
    private static float[] centralJets(RmmLayout layout, float... pts) {
        List<PhysObject> jets = new ArrayList<>();
        for (float pt : pts) {
            jets.add(jet(pt, 0.0f, 0.0f, pt));
        }
        return RmmFixtures.build(layout, DEFAULTS, event(0.0f, 0.0f, jets));
    }

    private static int nonZeroCells(float[] rmm) {
        int count = 0;
        for (float cell : rmm) {
            count += cell != 0.0f ? 1 : 0;
        }
        return count;
    }

    @Test
    void equalPtKeepsEventOrder() {
        PhysObject a = jet(50.0f, 0.5f, 0.0f, 60.0f);   // 0.15·(cosh y − 1) = 0.016519707448216348
        PhysObject b = jet(50.0f, -1.0f, 0.0f, 80.0f);  // 0.15·(cosh y − 1) = 0.07104075790587606
        PhysObject c = jet(60.0f, 0.0f, 1.0f, 60.0f);   // y = 0: 0
        RmmLayout layout = RmmLayout.T5N10;
        float[] aFirst = RmmFixtures.build(layout, DEFAULTS, event(0.0f, 0.0f, List.of(a, c, b)));
        float[] bFirst = RmmFixtures.build(layout, DEFAULTS, event(0.0f, 0.0f, List.of(b, c, a)));
        SoftAssertions soft = new SoftAssertions();
        assertCell(soft, layout, aFirst, 1, 1, 60.0 / 13000.0);
        assertCell(soft, layout, aFirst, 2, 0, 0.016519707448216348);
        assertCell(soft, layout, aFirst, 3, 0, 0.07104075790587606);
        assertCell(soft, layout, bFirst, 2, 0, 0.07104075790587606);
        assertCell(soft, layout, bFirst, 3, 0, 0.016519707448216348);
        soft.assertAll();
    }

    /**
     * Jets given out of order, more than the layout holds. Expected diagonal: j1 E_T/√s, then
     * (pT,k−1 − pT,k)/(pT,k−1 + pT,k) down the pT-sorted list; e.g. (80 − 70)/(80 + 70) = 1/15.
     */
    static Stream<Arguments> tooManyJets() {
        return Stream.of(
                Arguments.of(RmmLayout.T4N6655, new float[] {30, 80, 10, 70, 50, 20, 60, 40},
                        new double[] {80.0 / 13000.0, 1.0 / 15, 1.0 / 13, 1.0 / 11, 1.0 / 9, 1.0 / 7}),
                Arguments.of(RmmLayout.T5N10, new float[] {50, 120, 10, 90, 30, 110, 70, 20, 100, 40, 80, 60},
                        new double[] {120.0 / 13000.0, 10.0 / 230, 10.0 / 210, 10.0 / 190, 10.0 / 170,
                            10.0 / 150, 10.0 / 130, 10.0 / 110, 10.0 / 90, 10.0 / 70}));
    }

    @ParameterizedTest
    @MethodSource("tooManyJets")
    void keepsTheHardestJetsUpToTheLayoutCount(RmmLayout layout, float[] pts, double[] diagonal) {
        float[] rmm = centralJets(layout, pts);
        SoftAssertions soft = new SoftAssertions();
        for (int k = 0; k < diagonal.length; k++) {
            assertCell(soft, layout, rmm, 1 + k, 1 + k, diagonal[k]);
        }
        // the softest jets are dropped, not spilled into the b-jet block
        soft.assertThat(nonZeroCells(rmm)).as("non-zero cells").isEqualTo(diagonal.length);
        soft.assertAll();
    }

    @Test
    void energyBelowPzFallsBackToPseudorapidity() {
        // pT 40, η 2: pz = 145.07 > E = 140, so y is undefined and 0.15·(cosh η − 1) = 0.4143293536625447
        RmmLayout layout = RmmLayout.T5N10;
        float[] rmm = RmmFixtures.build(layout, DEFAULTS,
                event(0.0f, 0.0f, List.of(object(ObjectType.ELECTRON, 40.0f, 2.0f, 0.0f, 140.0f))));
        SoftAssertions soft = new SoftAssertions();
        assertCell(soft, layout, rmm, 31, 0, 0.4143293536625447);
        soft.assertAll();
    }

    @Test
    void negativeMassSquaredGivesNegativeMass() {
        // two collinear jets pT 50 with E 45 < |p|: m² = 90² − 100² = −1900 → −√1900/13000
        RmmLayout layout = RmmLayout.T5N10;
        PhysObject smeared = jet(50.0f, 0.0f, 0.0f, 45.0f);
        float[] rmm = RmmFixtures.build(layout, DEFAULTS, event(0.0f, 0.0f, List.of(smeared, smeared)));
        SoftAssertions soft = new SoftAssertions();
        assertCell(soft, layout, rmm, 1, 2, -0.00335299918733898);
        soft.assertAll();
    }

    @Test
    void eventWithoutObjectsHasOnlyMet() {
        float[] rmm = RmmFixtures.build(RmmLayout.T4N6655, DEFAULTS, event(100.0f, 1.0f, List.of()));
        assertThat(rmm[0]).isEqualTo((float) (100.0 / 13000.0));
        assertThat(nonZeroCells(rmm)).isEqualTo(1);
    }
}
