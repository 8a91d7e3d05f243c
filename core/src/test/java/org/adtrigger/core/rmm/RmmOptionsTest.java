package org.adtrigger.core.rmm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RmmOptionsTest {

    @Test
    void defaultsAreTheAdfilterOnes() {
        RmmOptions d = RmmOptions.DEFAULTS;
        assertThat(d.sqrtS()).isEqualTo(13000.0);
        assertThat(d.c()).isEqualTo(0.15);
        assertThat(d.halfAngle()).isTrue();
        assertThat(d.metThreshold()).isEqualTo(30.0);
        assertThat(d.convention()).isEqualTo(RmmConvention.ADFILTER);
    }

    @Test
    void withersChangeOneFieldAndLeaveTheOriginalAlone() {
        RmmOptions changed = RmmOptions.DEFAULTS.withSqrtS(14000.0).withC(0.2).withHalfAngle(false)
                .withMetThreshold(0.0).withConvention(RmmConvention.THESIS);
        assertThat(changed).isEqualTo(new RmmOptions(14000.0, 0.2, false, 0.0, RmmConvention.THESIS));
        assertThat(RmmOptions.DEFAULTS).isEqualTo(new RmmOptions(13000.0, 0.15, true, 30.0,
                RmmConvention.ADFILTER));
    }

    @Test
    void rejectsValuesThatWouldCorruptTheMatrix() {
        RmmOptions d = RmmOptions.DEFAULTS;
        assertThatThrownBy(() -> d.withSqrtS(0.0)).hasMessageContaining("sqrtS");
        assertThatThrownBy(() -> d.withSqrtS(Double.NaN)).hasMessageContaining("sqrtS");
        assertThatThrownBy(() -> d.withC(-0.15)).hasMessageContaining("C");
        assertThatThrownBy(() -> d.withC(Double.POSITIVE_INFINITY)).hasMessageContaining("C");
        assertThatThrownBy(() -> d.withMetThreshold(-1.0)).hasMessageContaining("metThreshold");
        assertThatThrownBy(() -> d.withConvention(null)).isInstanceOf(NullPointerException.class);
    }
}
