package org.adtrigger.core.rmm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.adtrigger.schema.ObjectType.BJET;
import static org.adtrigger.schema.ObjectType.ELECTRON;
import static org.adtrigger.schema.ObjectType.JET;
import static org.adtrigger.schema.ObjectType.MUON;
import static org.adtrigger.schema.ObjectType.PHOTON;
import static org.adtrigger.schema.ObjectType.TAU;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RmmLayoutTest {

    @Test
    void adfilterPresetIsFiftyOneSquare() {
        RmmLayout t5 = RmmLayout.parse("T5N10");
        assertThat(t5).isSameAs(RmmLayout.T5N10);
        assertThat(t5.size()).isEqualTo(51);
        assertThat(t5.cells()).isEqualTo(2601);
        assertThat(new Object[] {t5.type(0), t5.type(1), t5.type(2), t5.type(3), t5.type(4)})
                .containsExactly(JET, BJET, MUON, ELECTRON, PHOTON);
        assertThat(t5.index(JET, 0)).isEqualTo(1);
        assertThat(t5.index(BJET, 0)).isEqualTo(11);
        assertThat(t5.index(MUON, 0)).isEqualTo(21);
        assertThat(t5.index(ELECTRON, 0)).isEqualTo(31);
        assertThat(t5.index(PHOTON, 9)).isEqualTo(50);
        assertThat(t5.slotOf(TAU)).isEqualTo(-1);
    }

    @Test
    void thesisPresetIsTwentyThreeSquare() {
        RmmLayout t4 = RmmLayout.parse("T4N6655");
        assertThat(t4).isSameAs(RmmLayout.T4N6655);
        assertThat(t4.size()).isEqualTo(23);
        assertThat(t4.cells()).isEqualTo(529);
        assertThat(new int[] {t4.maxCount(0), t4.maxCount(1), t4.maxCount(2), t4.maxCount(3)})
                .containsExactly(6, 6, 5, 5);
        assertThat(t4.index(BJET, 0)).isEqualTo(7);
        assertThat(t4.index(ELECTRON, 0)).isEqualTo(13);
        assertThat(t4.index(MUON, 4)).isEqualTo(22);
        assertThat(t4.slotAt(22)).isEqualTo(3);
        assertThat(t4.rankAt(22)).isEqualTo(4);
        assertThatThrownBy(() -> t4.index(JET, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t4.index(PHOTON, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void objectAndCellLabels() {
        RmmLayout t5 = RmmLayout.T5N10;
        assertThat(new String[] {t5.objectLabel(0), t5.objectLabel(1), t5.objectLabel(13), t5.objectLabel(22),
            t5.objectLabel(31), t5.objectLabel(41)}).containsExactly("MET", "j1", "b3", "mu2", "e1", "gam1");
        assertThat(t5.cellName(0, 0)).isEqualTo("MET");
        assertThat(t5.cellName(0, 1)).isEqualTo("mT(j1)");
        assertThat(t5.cellName(1, 0)).isEqualTo("hL(j1)");
        assertThat(t5.cellName(1, 1)).isEqualTo("ET(j1)");
        assertThat(t5.cellName(2, 2)).isEqualTo("imb(j2)");
        assertThat(t5.cellName(1, 31)).isEqualTo("m(j1,e1)");
        assertThat(t5.cellName(31, 1)).isEqualTo("h(e1,j1)");
        assertThat(t5.cellIndex(1, 31)).isEqualTo(82);
        assertThat(t5.cellName(82)).isEqualTo("m(j1,e1)");
    }

    @Test
    void uniformSpecTakesAPrefixOfTheAdfilterOrder() {
        RmmLayout t3 = RmmLayout.parse("T3N4");
        assertThat(t3.typeCount()).isEqualTo(3);
        assertThat(new Object[] {t3.type(0), t3.type(1), t3.type(2)}).containsExactly(JET, BJET, MUON);
        assertThat(t3.size()).isEqualTo(13);
        assertThat(t3.objectLabel(12)).isEqualTo("mu4");
        assertThat(t3.spec()).isEqualTo("T3N4");
        assertThat(RmmLayout.parse(" t3n4 ")).isEqualTo(t3);
    }

    @Test
    void explicitSpecListsTypesInMatrixOrder() {
        assertThat(RmmLayout.parse("jets:6,bjets:6,electrons:5,muons:5")).isEqualTo(RmmLayout.T4N6655);
        assertThat(RmmLayout.parse("jets:6,bjets:6,electrons:5,muons:5").spec()).isEqualTo("T4N6655");
        assertThat(RmmLayout.parse("jets:4, bjets:4, muons:4").spec()).isEqualTo("T3N4");
        RmmLayout custom = RmmLayout.parse("Muons:2,photons:3,taus:1");
        assertThat(custom.size()).isEqualTo(7);
        assertThat(custom.spec()).isEqualTo("muons:2,photons:3,taus:1");
        assertThat(custom.objectLabel(3)).isEqualTo("gam1");
        assertThat(custom.objectLabel(6)).isEqualTo("tau1");
        assertThat(custom.slotOf(JET)).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"T5N10", "T4N6655", "T1N1", "T5N3", "jets:6,bjets:6,electrons:5,muons:5",
        "electrons:2,jets:3", "jets:1,bjets:1,muons:1,electrons:1,photons:1,taus:1"})
    void canonicalSpecParsesBackToTheSameLayout(String spec) {
        RmmLayout layout = RmmLayout.parse(spec);
        assertThat(RmmLayout.parse(layout.spec())).isEqualTo(layout).hasSameHashCodeAs(layout);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"T6N10", "T0N3", "T3N0", "T3N101", "T3N", "N10", "jets6", "jets:0", "jets:101",
        "jets:6,jets:2", "quarks:3", "jets:6,", "jets:six"})
    void badSpecsNameTheValidForms(String spec) {
        assertThatThrownBy(() -> RmmLayout.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("T5N10")
                .hasMessageContaining("T4N6655")
                .hasMessageContaining("T<k>N<n>")
                .hasMessageContaining("jets:6,bjets:6,electrons:5,muons:5");
    }

    @Test
    void badSpecMessageSaysWhatIsWrong() {
        assertThatThrownBy(() -> RmmLayout.parse("jets:6,quarks:3")).hasMessageContaining("unknown type 'quarks'");
        assertThatThrownBy(() -> RmmLayout.parse("T6N10")).hasMessageContaining("k must be 1..5");
        assertThatThrownBy(() -> RmmLayout.parse("jets:2,jets:3")).hasMessageContaining("JET appears twice");
    }
}
