package org.adtrigger.trainer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.adtrigger.trainer.train.EpochReport;
import org.adtrigger.trainer.train.TrainingResult;
import org.junit.jupiter.api.Test;

class TrainingSummaryTest {

    @Test
    void reachingTheEpochCapStillImprovingWarnsWithTheNumbers() {
        TrainingResult capped = new TrainingResult(List.of(epoch(1, 0.010, true), epoch(2, 0.0090, true)), 2,
                0.0090, false);

        assertThat(capped.stillImproving()).hasValueCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(TrainingSummary.convergenceWarning(capped)).isEqualTo("warning   not converged: the last of "
                + "the 2 epochs (the --epochs cap) still lowered the validation loss by 10.0 % (0.010000 to "
                + "0.0090000); raise --epochs");
    }

    @Test
    void earlyStoppingOrALastEpochWithoutImprovementIsConverged() {
        assertThat(new TrainingResult(List.of(epoch(1, 0.01, true), epoch(2, 0.009, true)), 2, 0.009, true)
                .stillImproving()).isEmpty();
        assertThat(new TrainingResult(List.of(epoch(1, 0.01, true), epoch(2, 0.011, false)), 1, 0.01, false)
                .stillImproving()).isEmpty();
    }

    private static EpochReport epoch(int n, double validationLoss, boolean improved) {
        return new EpochReport(n, validationLoss, validationLoss, 100, 1.0, 0.1, improved);
    }
}
