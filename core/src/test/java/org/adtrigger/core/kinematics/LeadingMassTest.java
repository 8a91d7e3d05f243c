package org.adtrigger.core.kinematics;

import static org.assertj.core.api.Assertions.assertThat;

import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.TruthLabel;
import org.junit.jupiter.api.Test;

class LeadingMassTest {

    @Test
    void slotsAreUnderflowTheFiftyGevBinsAndOverflow() {
        assertThat(LeadingMass.MLL.slots()).isEqualTo(62);
        assertThat(LeadingMass.MLL.slot(-0.5)).isZero();
        assertThat(LeadingMass.MLL.slot(0)).isEqualTo(1);
        assertThat(LeadingMass.MLL.slot(49.999)).isEqualTo(1);
        assertThat(LeadingMass.MLL.slot(50)).isEqualTo(2);
        assertThat(LeadingMass.MLL.slot(2000)).isEqualTo(41);
        assertThat(LeadingMass.MLL.slot(3000)).isEqualTo(61);
        assertThat(LeadingMass.MLL.slot(Double.NaN)).isEqualTo(-1);
        assertThat(LeadingMass.MALL.slot(3999)).isEqualTo(80);
    }

    @Test
    void aScoredEventsZeroMassMeansThePairIsMissing() {
        ScoredEvent e = ScoredEvent.newBuilder().setRun(1).setEventNumber(1).setSample("s").setLabel(TruthLabel.UNKNOWN).setEventTimeMs(0)
                .setScore(0f).setTier(0).setModelId("m").setMetEt(0f).setNObjects(2).setMLeadingLeptons(0f)
                .setMLeadingJets(812.5f).setMAllObjects(812.5f).build();

        assertThat(LeadingMass.MLL.of(e)).isNaN();
        assertThat(LeadingMass.MJJ.of(e)).isEqualTo(812.5);
        assertThat(LeadingMass.MALL.of(e)).isEqualTo(812.5);
        e.setNObjects(0);
        assertThat(LeadingMass.MALL.of(e)).isNaN();
    }
}
