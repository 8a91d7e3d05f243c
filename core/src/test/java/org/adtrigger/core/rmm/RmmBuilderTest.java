package org.adtrigger.core.rmm;

import static org.adtrigger.core.rmm.RmmFixtures.assertCell;

import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell of the six-object event (RmmFixtures#sixObjects) in both presets, ADFILTER defaults
 * (√s = 13000 GeV, C = 0.15, half angle). Expected values: core/src/test/python/rmm_reference.py, which
 * computes them from the formulas in double precision on the float32-rounded inputs.
 *
 * <p>Arrays below are in the object order j1, j2, b1, mu1, e1, e2.
 */
class RmmBuilderTest {

    /** First row: m_T(i, MET)/√s = √((E_T,i + MET)² − |pT,i + pT^miss|²)/13000, E_T = E·pT/|p|. */
    static final double[] FIRST_ROW = {
        0.020406982620092995, 0.010871632729421167, 0.00774586719215042,
        0.008966001740618417, 0.0021073990573813287, 0.00837797199691234};

    /** First column: 0.15·(cosh y − 1), y = ½ ln((E + pz)/(E − pz)). */
    static final double[] FIRST_COLUMN = {
        0.01853911897389715, 0.12690249485004507, 0.2894061029719141,
        0.019066441585319914, 0.04405375738478235, 0.46070382616652283};

    /**
     * Diagonal: leading objects E_T/√s (j1, b1, mu1, e1); j2 and e2 the imbalance with the object above:
     * (E_T,j1 − E_T,j2)/(E_T,j1 + E_T,j2) and (E_T,e1 − E_T,e2)/(E_T,e1 + E_T,e2).
     */
    static final double[] DIAGONAL = {
        0.016372040934832133, 0.3766329020315435, 0.004930653213703998,
        0.003717817628951463, 0.010011358464996083, 0.5752737904312197};

    /** Upper triangle: signed invariant mass of the pair / √s; [a][b] for a &lt; b in object order. */
    static final double[][] PAIR_MASS = {
        {0, 0.027747414508092164, 0.016367562681504376, 0.012594695401287385, 0.025872543401449302,
            0.023144464534724955},
        {0, 0, 0.02843178195077763, 0.005255282574392537, 0.023555647180087957, 0.007801103311592363},
        {0, 0, 0, 0.014341376873168691, 0.013097052516717906, 0.025293170257753978},
        {0, 0, 0, 0, 0.01319240436889137, 0.006562154539113916},
        {0, 0, 0, 0, 0, 0.02311778367421468}};

    /** Lower triangle: 0.15·(cosh(Δy/2) − 1); [a][b] for a &lt; b in object order. */
    static final double[][] PAIR_ANGLE = {
        {0, 0.05863293390916918, 0.030025785482603984, 0.018801801424547127, 0.0012362232514577908,
            0.14233584429774865},
        {0, 0, 0.19662877074103538, 0.009938762747429341, 0.07900787104273745, 0.01403547582316179},
        {0, 0, 0, 0.10397069193228883, 0.018702922741941273, 0.3673719905156358},
        {0, 0, 0, 0, 0.03015324479415421, 0.04946915088697016},
        {0, 0, 0, 0, 0, 0.17702590522178624}};

    /** Matrix index of j1, j2, b1, mu1, e1, e2, written out from each preset's order. */
    static Stream<Arguments> presets() {
        return Stream.of(
                // MET | j 1-10 | b 11-20 | mu 21-30 | e 31-40 | gam 41-50
                Arguments.of(RmmLayout.T5N10, new int[] {1, 2, 11, 21, 31, 32}),
                // MET | j 1-6 | b 7-12 | e 13-17 | mu 18-22
                Arguments.of(RmmLayout.T4N6655, new int[] {1, 2, 7, 18, 13, 14}));
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyCellOfTheSixObjectEvent(RmmLayout layout, int[] index) {
        float[] rmm = RmmFixtures.build(layout, RmmOptions.DEFAULTS, RmmFixtures.sixObjects(RmmFixtures.MET));
        SoftAssertions soft = new SoftAssertions();
        assertCell(soft, layout, rmm, 0, 0, 85.0 / 13000.0);
        for (int a = 0; a < index.length; a++) {
            assertCell(soft, layout, rmm, 0, index[a], FIRST_ROW[a]);
            assertCell(soft, layout, rmm, index[a], 0, FIRST_COLUMN[a]);
            assertCell(soft, layout, rmm, index[a], index[a], DIAGONAL[a]);
            for (int b = a + 1; b < index.length; b++) {
                int low = Math.min(index[a], index[b]);
                int high = Math.max(index[a], index[b]);
                assertCell(soft, layout, rmm, low, high, PAIR_MASS[a][b]);
                assertCell(soft, layout, rmm, high, low, PAIR_ANGLE[a][b]);
            }
        }
        boolean[] occupied = new boolean[layout.size()];
        occupied[0] = true;
        for (int i : index) {
            occupied[i] = true;
        }
        for (int cell = 0; cell < layout.cells(); cell++) {
            int row = cell / layout.size();
            int col = cell % layout.size();
            if (!occupied[row] || !occupied[col]) {
                soft.assertThat(rmm[cell]).as("%s %s (missing object)", layout.spec(), layout.cellName(cell))
                        .isZero();
            }
        }
        soft.assertAll();
    }
}
