package org.adtrigger.trainer.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.adtrigger.trainer.tune.HalvingSchedule.Rung;
import org.junit.jupiter.api.Test;

class HalvingScheduleTest {
    @Test
    void nineTrialsEtaThreeNineEpochs() {
        assertThat(HalvingSchedule.plan(9, 3, 9).rungs())
                .containsExactly(new Rung(0, 9, 1), new Rung(1, 3, 3), new Rung(2, 1, 9));
    }

    @Test
    void theLoneSurvivorGetsTheFullBudget() {
        assertThat(HalvingSchedule.plan(9, 3, 20).rungs())
                .containsExactly(new Rung(0, 9, 2), new Rung(1, 3, 6), new Rung(2, 1, 20));
    }

    @Test
    void theEpochCapEndsTheBracketWithSeveralLeft() {
        assertThat(HalvingSchedule.plan(27, 3, 2).rungs()).containsExactly(new Rung(0, 27, 1), new Rung(1, 9, 2));
    }

    @Test
    void fieldsThatDoNotDivideRoundDown() {
        assertThat(HalvingSchedule.plan(10, 2, 16).rungs()).containsExactly(new Rung(0, 10, 2),
                new Rung(1, 5, 4), new Rung(2, 2, 8), new Rung(3, 1, 16));
    }

    @Test
    void oneTrialTrainsOnceToTheMaximum() {
        assertThat(HalvingSchedule.plan(1, 3, 5).rungs()).containsExactly(new Rung(0, 1, 5));
    }

    @Test
    void rejectsDegenerateSettings() {
        assertThatThrownBy(() -> HalvingSchedule.plan(0, 3, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HalvingSchedule.plan(9, 1, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HalvingSchedule.plan(9, 3, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
