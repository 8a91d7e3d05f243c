package org.adtrigger.trainer.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.adtrigger.core.rmm.RmmBuilder;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;
import org.junit.jupiter.api.Test;

class LeadingLeptonScalingTest {
    private static PhysObject object(ObjectType type, double pt, double eta, double phi, double e) {
        return PhysObject.newBuilder().setType(type).setPt((float) pt).setEta((float) eta).setPhi((float) phi)
                .setE((float) e).build();
    }

    /** Massless objects at η = 0, so E = pT = E_T and the RMM's E_T cells can be checked by hand. */
    private static Event event() {
        return Event.newBuilder().setRun(1).setEventNumber(7).setSample("ttbar").setWeight(0.5).setMetEt(0f)
                .setMetPhi(0f).setObjects(List.of(
                        object(ObjectType.ELECTRON, 30, 0, 1.0, 30),
                        object(ObjectType.JET, 100, 0.5, -2.0, 120),
                        object(ObjectType.ELECTRON, 50, 0, 0.0, 50),
                        object(ObjectType.MUON, 20, 0, 2.0, 20)))
                .build();
    }

    @Test
    void scalesPtAndEnergyOfTheLeadingElectronAndMuonOnly() {
        Event original = event();
        Event scaled = LeadingLeptonScaling.scaled(original, 3);

        List<PhysObject> o = scaled.getObjects();
        assertThat(o.get(2).getPt()).isEqualTo(150f);           // leading electron (pT 50), not the first listed
        assertThat(o.get(2).getE()).isEqualTo(150f);
        assertThat(o.get(2).getEta()).isEqualTo(0f);
        assertThat(o.get(2).getPhi()).isEqualTo(0f);
        assertThat(o.get(0).getPt()).isEqualTo(30f);            // second electron untouched
        assertThat(o.get(3).getPt()).isEqualTo(60f);            // the only muon
        assertThat(o.get(3).getE()).isEqualTo(60f);
        assertThat(o.get(3).getPhi()).isEqualTo(2f);
        assertThat(o.get(1).getPt()).isEqualTo(100f);           // jet untouched
        assertThat(o.get(1).getE()).isEqualTo(120f);
        assertThat(scaled.getMetEt()).isEqualTo(0f);
        assertThat(scaled.getWeight()).isEqualTo(0.5);
        assertThat(original.getObjects().get(2).getPt()).as("the input is not changed").isEqualTo(50f);
    }

    @Test
    void theRebuiltMatrixMovesTheLeptonCellsIncludingTheImbalance() {
        RmmLayout layout = RmmLayout.T4N6655;
        RmmBuilder builder = new RmmBuilder(layout, RmmOptions.DEFAULTS);
        float[] before = new float[layout.cells()];
        float[] after = new float[layout.cells()];
        builder.build(event(), before, 0);
        builder.build(LeadingLeptonScaling.scaled(event(), 3), after, 0);

        int e1 = layout.index(ObjectType.ELECTRON, 0);
        int e2 = layout.index(ObjectType.ELECTRON, 1);
        int mu = layout.index(ObjectType.MUON, 0);
        int n = layout.size();
        // leading E_T / √s: 50 → 150 GeV
        assertThat(before[e1 * n + e1]).isCloseTo(50f / 13000f, within(1e-7f));
        assertThat(after[e1 * n + e1]).isCloseTo(150f / 13000f, within(1e-7f));
        // imbalance of the second electron: (50 − 30)/(50 + 30) = 0.25 → (150 − 30)/(150 + 30) = 2/3
        assertThat(before[e2 * n + e2]).isCloseTo(0.25f, within(1e-6f));
        assertThat(after[e2 * n + e2]).isCloseTo(2f / 3f, within(1e-6f));
        assertThat(after[mu * n + mu]).isCloseTo(60f / 13000f, within(1e-7f));
        // the pair mass of the two back-to-back-ish electrons scales with √3 (one of them ×3)
        assertThat(after[e1 * n + e2] / before[e1 * n + e2]).isCloseTo((float) Math.sqrt(3), within(1e-4f));
    }

    @Test
    void eventsWithoutLeptonsAreUnchangedAndRecognised() {
        Event jets = Event.newBuilder(event()).setObjects(List.of(object(ObjectType.JET, 40, 1, 0, 60))).build();
        assertThat(LeadingLeptonScaling.hasLepton(jets)).isFalse();
        assertThat(LeadingLeptonScaling.hasLepton(event())).isTrue();
        assertThat(LeadingLeptonScaling.scaled(jets, 10)).isEqualTo(jets);
    }

    @Test
    void rejectsANonPositiveFactor() {
        assertThatThrownBy(() -> LeadingLeptonScaling.by(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }
}
